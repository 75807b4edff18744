package io.wirestream.schemas.registry;

import org.apache.avro.Schema;

/** A registered schema version: subject, version, global id and the schema. */
public record SchemaMetadata(String subject, int version, int id, Schema schema) {
}
