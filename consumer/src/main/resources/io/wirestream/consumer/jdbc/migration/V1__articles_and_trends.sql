-- Wirestream's sink schema: one row per enriched article, its findings in child tables, and trend
-- windows. Runs unchanged on PostgreSQL and H2 (MODE=PostgreSQL); ${long_text} is TEXT on
-- PostgreSQL and CHARACTER LARGE OBJECT on H2. Positions ("ordinal") keep the enrichment's order.
-- Offsets (start_offset, end_offset) are UTF-16 indices into articles.body.

CREATE TABLE articles (
    id                VARCHAR(128)   NOT NULL PRIMARY KEY,
    url               VARCHAR(8192),
    source            VARCHAR(1024)  NOT NULL,
    title             VARCHAR(8192),
    body              ${long_text}   NOT NULL,
    language          VARCHAR(16)    NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE,
    fetched_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    word_count        INTEGER        NOT NULL,
    duplicate_of      VARCHAR(128),
    enricher_version  VARCHAR(256)   NOT NULL,
    enriched_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    kafka_topic       VARCHAR(512)   NOT NULL,
    kafka_partition   INTEGER        NOT NULL,
    kafka_offset      BIGINT         NOT NULL,
    sunk_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX articles_published_idx ON articles (published_at);
CREATE INDEX articles_source_idx ON articles (source);

CREATE TABLE article_authors (
    article_id  VARCHAR(128)  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal     INTEGER       NOT NULL,
    name        VARCHAR(1024) NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE article_metadata (
    article_id  VARCHAR(128)  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    meta_key    VARCHAR(1024) NOT NULL,
    meta_value  ${long_text}  NOT NULL,
    PRIMARY KEY (article_id, meta_key)
);

CREATE TABLE article_timings (
    article_id  VARCHAR(128) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    stage       VARCHAR(128) NOT NULL,
    micros      BIGINT       NOT NULL,
    PRIMARY KEY (article_id, stage)
);

CREATE TABLE entities (
    article_id     VARCHAR(128)  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal        INTEGER       NOT NULL,
    entity_id      VARCHAR(1024) NOT NULL,
    name           VARCHAR(1024) NOT NULL,
    type           VARCHAR(32)   NOT NULL,
    subtype        VARCHAR(64),
    link_id        VARCHAR(1024),
    mention_count  INTEGER       NOT NULL,
    salience       DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX entities_name_idx ON entities (name);
CREATE INDEX entities_link_idx ON entities (link_id);

CREATE TABLE entity_mentions (
    article_id      VARCHAR(128)  NOT NULL,
    entity_ordinal  INTEGER       NOT NULL,
    ordinal         INTEGER       NOT NULL,
    start_offset    INTEGER       NOT NULL,
    end_offset      INTEGER       NOT NULL,
    text            VARCHAR(4096) NOT NULL,
    PRIMARY KEY (article_id, entity_ordinal, ordinal),
    FOREIGN KEY (article_id, entity_ordinal) REFERENCES entities (article_id, ordinal) ON DELETE CASCADE
);

CREATE TABLE dates (
    article_id    VARCHAR(128)  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal       INTEGER       NOT NULL,
    text          VARCHAR(4096) NOT NULL,
    start_offset  INTEGER       NOT NULL,
    end_offset    INTEGER       NOT NULL,
    iso_value     VARCHAR(256)  NOT NULL,
    type          VARCHAR(16)   NOT NULL,
    resolved      BOOLEAN       NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE topics (
    article_id  VARCHAR(128)  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal     INTEGER       NOT NULL,
    code        VARCHAR(128)  NOT NULL,
    label       VARCHAR(1024) NOT NULL,
    score       DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX topics_code_idx ON topics (code);

CREATE TABLE quotes (
    article_id         VARCHAR(128)  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal            INTEGER       NOT NULL,
    text               ${long_text}  NOT NULL,
    start_offset       INTEGER       NOT NULL,
    end_offset         INTEGER       NOT NULL,
    speaker            VARCHAR(1024),
    speaker_entity_id  VARCHAR(1024),
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE amounts (
    article_id    VARCHAR(128)  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal       INTEGER       NOT NULL,
    text          VARCHAR(4096) NOT NULL,
    start_offset  INTEGER       NOT NULL,
    end_offset    INTEGER       NOT NULL,
    amount        DOUBLE PRECISION NOT NULL,
    unit          VARCHAR(128),
    currency      VARCHAR(16),
    counted       VARCHAR(1024),
    PRIMARY KEY (article_id, ordinal)
);

-- One row per trend window; entity_type and trend_key are '' when the record has none, so they can
-- be part of the key.
CREATE TABLE trend_windows (
    kind          VARCHAR(16)   NOT NULL,
    entity_type   VARCHAR(32)   NOT NULL,
    trend_key     VARCHAR(1024) NOT NULL,
    name          VARCHAR(1024) NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end    TIMESTAMP WITH TIME ZONE NOT NULL,
    occurrences   BIGINT        NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, entity_type, trend_key, name, window_start, window_end)
);
CREATE INDEX trend_windows_start_idx ON trend_windows (window_start);
