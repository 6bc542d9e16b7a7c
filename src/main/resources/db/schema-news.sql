-- The article tables: the same columns as the CSV files (see README, "Output columns").
-- Written for HSQLDB and PostgreSQL alike; run at start-up, so every statement is idempotent.
CREATE TABLE IF NOT EXISTS article (
    article_id        VARCHAR(32)    NOT NULL PRIMARY KEY,
    source_path       VARCHAR(4000)  NOT NULL,
    title             VARCHAR(65535),
    published_date    DATE,
    language          VARCHAR(8),
    dateline          VARCHAR(65535),
    dateline_location VARCHAR(65535),
    dateline_date     DATE,
    byline            VARCHAR(65535),
    paragraph_count   INTEGER        NOT NULL,
    url               VARCHAR(65535),
    dateline_agency   VARCHAR(1000),
    quote_count       INTEGER        NOT NULL
);

CREATE TABLE IF NOT EXISTS paragraph (
    article_id      VARCHAR(32)        NOT NULL,
    paragraph_index INTEGER            NOT NULL,
    role            VARCHAR(16)        NOT NULL,
    text            VARCHAR(67108864)  NOT NULL,
    PRIMARY KEY (article_id, paragraph_index)
);

CREATE TABLE IF NOT EXISTS quote (
    article_id      VARCHAR(32)        NOT NULL,
    paragraph_index INTEGER            NOT NULL,
    quote_index     INTEGER            NOT NULL,
    quote_text      VARCHAR(67108864)  NOT NULL,
    speaker         VARCHAR(65535),
    PRIMARY KEY (article_id, paragraph_index, quote_index)
);

CREATE TABLE IF NOT EXISTS reject (
    source_path      VARCHAR(4000)  NOT NULL,
    reason           VARCHAR(65535) NOT NULL,
    exception_class  VARCHAR(1000),
    job_execution_id BIGINT         NOT NULL
);
