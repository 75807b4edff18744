package io.wirestream.schemas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.EntityType;
import io.wirestream.schemas.Mention;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.registry.MockSchemaRegistry;
import io.wirestream.schemas.serde.AvroDeserializer;
import io.wirestream.schemas.serde.GenericAvroSerde;
import io.wirestream.schemas.serde.SpecificAvroSerde;
import io.wirestream.schemas.wire.WireFormat;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile bytes for the Avro deserializer, the first thing every record off a topic meets: random
 * bytes, valid frames of the contract's records mutated (bit flips, interesting bytes, huge and
 * negative length prefixes spliced in, truncation, duplication), and a corpus of hand-made frames.
 * The rule for each: a value, or a {@link SerializationException} with a reason; never another
 * exception type, never a hang (2 s per record), never an allocation out of proportion to the input
 * (a 20-byte frame that claims a 2 GB string must not make the JVM try).
 */
class AvroDeserializerFuzzTest {

    static final String SCOPE = "fuzz-deserializer";
    static final Map<String, Object> CONFIG = Map.of("schema.registry.url", "mock://" + SCOPE);
    static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    /** Bytes a deserialization may allocate: generous per input byte plus a fixed allowance for decoder and record. */
    static final long ALLOCATION_PER_INPUT_BYTE = 64;
    static final long ALLOCATION_ALLOWANCE = 4L << 20;

    static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-deserializer");
        t.setDaemon(true);
        return t;
    });

    static final SpecificAvroSerde<RawArticle> RAW = serde(RawArticle.class);
    static final SpecificAvroSerde<EnrichedArticle> ENRICHED = serde(EnrichedArticle.class);
    static final SpecificAvroSerde<DeadLetter> DEAD = serde(DeadLetter.class);
    static final GenericAvroSerde GENERIC = generic();

    static final byte[] RAW_FRAME = RAW.serializer().serialize("news.articles.raw", rawArticle());
    static final byte[] ENRICHED_FRAME = ENRICHED.serializer().serialize("news.articles.enriched", enrichedArticle());
    static final byte[] DEAD_FRAME = DEAD.serializer().serialize("news.articles.dlq", deadLetter());
    static final List<byte[]> VALID_FRAMES = List.of(RAW_FRAME, ENRICHED_FRAME, DEAD_FRAME);
    static final int RAW_ID = ByteBuffer.wrap(RAW_FRAME, 1, 4).getInt();

    /** Length prefixes and counts that break naive decoders: huge, negative, off by one. */
    static final long[] INTERESTING = {0, 1, -1, 63, 64, -64, 127, 128, 255, 1 << 16, Integer.MAX_VALUE, Integer.MAX_VALUE - 8,
            Integer.MIN_VALUE, (long) Integer.MAX_VALUE + 1, Long.MAX_VALUE, Long.MIN_VALUE, 100_000_000, -100_000_000};

    static <T extends org.apache.avro.specific.SpecificRecord> SpecificAvroSerde<T> serde(Class<T> type) {
        SpecificAvroSerde<T> s = new SpecificAvroSerde<>(type);
        s.configure(CONFIG, false);
        return s;
    }

    static GenericAvroSerde generic() {
        GenericAvroSerde s = new GenericAvroSerde();
        s.configure(CONFIG, false);
        return s;
    }

    @AfterAll
    @AfterContainer
    static void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    static RawArticle rawArticle() {
        return RawArticle.newBuilder().setId("a1b2c3").setUrl("https://example.com/news/1").setSource("wire")
                .setTitle("Ministers meet in Brussels").setBody("Ministers met in Brussels on Friday. \"We agree,\" she said.")
                .setLanguage("en").setPublishedAt(Instant.ofEpochMilli(1_700_000_000_000L))
                .setFetchedAt(Instant.ofEpochMilli(1_700_000_100_000L)).setAuthors(List.of("Ann Lee", "Bo Chan"))
                .setMetadata(Map.of("section", "world", "feed", "rss")).build();
    }

    static EnrichedArticle enrichedArticle() {
        RawArticle r = rawArticle();
        return EnrichedArticle.newBuilder().setId(r.getId()).setUrl(r.getUrl()).setSource(r.getSource()).setTitle(r.getTitle())
                .setBody(r.getBody()).setLanguage("en").setFetchedAt(r.getFetchedAt()).setAuthors(r.getAuthors())
                .setWordCount(11).setEnricherVersion("fuzz").setEnrichedAt(Instant.ofEpochMilli(1_700_000_200_000L))
                .setEntities(List.of(Entity.newBuilder().setId("place:brussels").setName("Brussels")
                        .setType(EntityType.LOCATION).setMentions(List.of(new Mention(17, 25, "Brussels"))).setCount(1)
                        .setSalience(0.9).build()))
                .build();
    }

    static DeadLetter deadLetter() {
        return DeadLetter.newBuilder().setKey(ByteBuffer.wrap("k".getBytes(StandardCharsets.UTF_8)))
                .setValue(ByteBuffer.wrap(new byte[] {0, 0, 0, 0, 9, 1, 2})).setTopic("news.articles.raw").setPartition(2)
                .setOffset(42).setStage("deserialize").setErrorClass("SerializationException").setReason("unknown schema id 9")
                .setFailedAt(Instant.ofEpochMilli(1_700_000_300_000L)).build();
    }

    // ---- properties ----

    @Property(tries = 3000, seed = "8020261127")
    void randomBytesAreReadOrRefusedWithAReason(@ForAll("randomFrames") byte[] bytes) {
        readOrRefuse(bytes);
    }

    @Property(tries = 3000, seed = "8020261128")
    void mutatedFramesAreReadOrRefusedWithAReason(@ForAll("mutatedFrames") byte[] bytes) {
        readOrRefuse(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void shouldRefuseNastyFramesWithAReason(String description, byte[] bytes) {
        assertThat(readOrRefuse(bytes)).as("refused: " + description).isTrue();
    }

    /** Regression: Avro threw UnsupportedOperationException (not a SerializationException) for these. */
    @ParameterizedTest(name = "length prefix {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {Integer.MAX_VALUE - 7L, Long.MAX_VALUE, Long.MIN_VALUE})
    void shouldRefuseALengthOverJavasArrayLimitAsASerializationException(long length) {
        assertThat(readOrRefuse(frame(RAW_ID, varint(length)))).isTrue();
        assertThatThrownBy(() -> RAW.deserializer().deserialize("t", frame(RAW_ID, varint(length))))
                .isInstanceOf(SerializationException.class).hasMessageContaining("corrupt Avro payload on topic 't'");
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("empty", new byte[0]));
        cases.add(Arguments.of("magic byte only", new byte[] {0}));
        cases.add(Arguments.of("header only", WireFormat.header(RAW_ID)));
        cases.add(Arguments.of("wrong magic byte", withByte(RAW_FRAME, 0, 1)));
        cases.add(Arguments.of("JSON instead of Avro", "{\"title\":\"t\",\"body\":\"b\"}".getBytes(StandardCharsets.UTF_8)));
        cases.add(Arguments.of("unknown schema id", WireFormat.frame(987_654, payload(RAW_FRAME))));
        cases.add(Arguments.of("negative schema id", WireFormat.frame(-1, payload(RAW_FRAME))));
        cases.add(Arguments.of("truncated by one byte", java.util.Arrays.copyOf(RAW_FRAME, RAW_FRAME.length - 1)));
        cases.add(Arguments.of("one byte left over", java.util.Arrays.copyOf(RAW_FRAME, RAW_FRAME.length + 1)));
        cases.add(Arguments.of("id claims 2 GB", frame(RAW_ID, varint(Integer.MAX_VALUE - 8), "abc".getBytes(StandardCharsets.UTF_8))));
        cases.add(Arguments.of("id claims 1.5 GB", frame(RAW_ID, varint(1_500_000_000L))));
        cases.add(Arguments.of("id claims 100 MB", frame(RAW_ID, varint(100_000_000L))));
        cases.add(Arguments.of("id claims a negative length", frame(RAW_ID, varint(-7))));
        cases.add(Arguments.of("id claims more than an int", frame(RAW_ID, varint(Long.MAX_VALUE))));
        cases.add(Arguments.of("varint that never ends", frame(RAW_ID, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff,
                (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff})));
        cases.add(Arguments.of("url union branch 7", frame(RAW_ID, string("id"), varint(7))));
        cases.add(Arguments.of("url union branch -1", frame(RAW_ID, string("id"), varint(-1))));
        byte[] headOfRaw = concat(string("id"), varint(0), string("src"), varint(0), string("body"), varint(0), varint(0),
                varint(1_700_000_000_000L));
        cases.add(Arguments.of("authors: 2 billion items", frame(RAW_ID, headOfRaw, varint(Integer.MAX_VALUE - 8))));
        cases.add(Arguments.of("authors: 100 million items", frame(RAW_ID, headOfRaw, varint(100_000_000L))));
        cases.add(Arguments.of("authors: negative block of 2 billion items", frame(RAW_ID, headOfRaw,
                varint(-(Integer.MAX_VALUE - 8L)), varint(3))));
        cases.add(Arguments.of("authors: blocks of a million items, for ever", frame(RAW_ID, headOfRaw,
                repeat(varint(1_000_000), 64))));
        cases.add(Arguments.of("metadata: 2 billion entries", frame(RAW_ID, headOfRaw, varint(0), varint(Integer.MAX_VALUE - 8))));
        cases.add(Arguments.of("dead letter value claims 2 GB", frame(id(DEAD_FRAME), varint(0), varint(1),
                varint(Integer.MAX_VALUE - 8))));
        cases.add(Arguments.of("a megabyte of zeros", frame(RAW_ID, new byte[1 << 20])));
        cases.add(Arguments.of("a megabyte of 0xff", frame(RAW_ID, filled(1 << 20, (byte) 0xff))));
        return cases.stream();
    }

    // ---- the rule ----

    /**
     * Deserializes on a worker thread with a time limit and measures what it allocated.
     *
     * @return true when the bytes were refused (with a reason), false when they were read
     */
    static boolean readOrRefuse(byte[] bytes) {
        Future<Outcome> f = WORKER.submit(() -> attempt(bytes));
        Outcome o;
        try {
            o = f.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return fail("deserializing %d bytes took longer than %s: %s", bytes.length, TIME_LIMIT, WireFormat.preview(bytes));
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
        long allowed = ALLOCATION_ALLOWANCE + ALLOCATION_PER_INPUT_BYTE * bytes.length;
        assertThat(o.allocated()).as("bytes allocated to read %d bytes (%s)", bytes.length, WireFormat.preview(bytes))
                .isLessThanOrEqualTo(allowed);
        if (o.error() != null) {
            assertThat(o.error()).as("the error for %s", WireFormat.preview(bytes)).isInstanceOf(SerializationException.class);
            assertThat(o.error().getMessage()).as("a reason").isNotBlank();
            return true;
        }
        return false;
    }

    record Outcome(Throwable error, long allocated) {
    }

    static Outcome attempt(byte[] bytes) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Throwable error = null;
        long before = threads.getCurrentThreadAllocatedBytes();
        // the generic reader reads whatever schema the id names; each specific one resolves into its own class
        for (Deserializer<?> d : List.of(GENERIC.deserializer(), RAW.deserializer(), ENRICHED.deserializer(), DEAD.deserializer())) {
            try {
                d.deserialize("fuzz", bytes);
            } catch (Throwable t) {
                if (!(t instanceof SerializationException) || error == null) {
                    error = t;
                }
            }
        }
        return new Outcome(error, threads.getCurrentThreadAllocatedBytes() - before);
    }

    // ---- generators ----

    @Provide
    Arbitrary<byte[]> randomFrames() {
        return Arbitraries.randomValue(r -> {
            byte[] payload = new byte[r.nextInt(r.nextBoolean() ? 40 : 2000)];
            r.nextBytes(payload);
            return switch (r.nextInt(4)) {
                case 0 -> payload;
                case 1 -> WireFormat.frame(r.nextInt(), payload);
                default -> WireFormat.frame(id(VALID_FRAMES.get(r.nextInt(VALID_FRAMES.size()))), payload);
            };
        });
    }

    @Provide
    Arbitrary<byte[]> mutatedFrames() {
        return Arbitraries.randomValue(r -> {
            byte[] b = VALID_FRAMES.get(r.nextInt(VALID_FRAMES.size())).clone();
            int mutations = 1 + r.nextInt(6);
            for (int i = 0; i < mutations; i++) {
                b = mutate(b, r);
            }
            return b;
        });
    }

    static byte[] mutate(byte[] b, Random r) {
        if (b.length <= WireFormat.HEADER_SIZE) {
            return concat(b, varint(INTERESTING[r.nextInt(INTERESTING.length)]));
        }
        int at = WireFormat.HEADER_SIZE + r.nextInt(b.length - WireFormat.HEADER_SIZE);
        return switch (r.nextInt(7)) {
            case 0 -> flipBit(b, at, r.nextInt(8));
            case 1 -> withByte(b, at, new int[] {0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff}[r.nextInt(6)]);
            case 2 -> splice(b, at, 0, varint(INTERESTING[r.nextInt(INTERESTING.length)]));
            case 3 -> splice(b, at, Math.min(b.length - at, 1 + r.nextInt(10)), varint(INTERESTING[r.nextInt(INTERESTING.length)]));
            case 4 -> java.util.Arrays.copyOf(b, Math.min(b.length, at));
            case 5 -> splice(b, at, Math.min(b.length - at, r.nextInt(20)), new byte[0]);
            default -> splice(b, at, 0, java.util.Arrays.copyOfRange(b, at, Math.min(b.length, at + 1 + r.nextInt(40))));
        };
    }

    // ---- byte helpers ----

    static int id(byte[] frame) {
        return ByteBuffer.wrap(frame, 1, 4).getInt();
    }

    static byte[] payload(byte[] frame) {
        return java.util.Arrays.copyOfRange(frame, WireFormat.HEADER_SIZE, frame.length);
    }

    static byte[] frame(int schemaId, byte[]... parts) {
        return WireFormat.frame(schemaId, concat(parts));
    }

    /** Avro's zig-zag variable-length encoding of a long. */
    static byte[] varint(long value) {
        long n = (value << 1) ^ (value >> 63);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while ((n & ~0x7FL) != 0) {
            out.write((int) ((n & 0x7f) | 0x80));
            n >>>= 7;
        }
        out.write((int) n);
        return out.toByteArray();
    }

    static byte[] string(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        return concat(varint(utf8.length), utf8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] repeat(byte[] b, int times) {
        return concat(Stream.generate(() -> b).limit(times).toArray(byte[][]::new));
    }

    static byte[] filled(int n, byte value) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, value);
        return b;
    }

    static byte[] flipBit(byte[] b, int at, int bit) {
        byte[] c = b.clone();
        c[at] ^= (byte) (1 << bit);
        return c;
    }

    static byte[] withByte(byte[] b, int at, int value) {
        byte[] c = b.clone();
        c[at] = (byte) value;
        return c;
    }

    static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        return concat(java.util.Arrays.copyOfRange(b, 0, at), insert, java.util.Arrays.copyOfRange(b, at + remove, b.length));
    }
}
