-- The article tables: the same columns as the CSV files (see README, "Output columns").
-- Written for HSQLDB (PostgreSQL: schema-news-postgresql.sql); run at start-up, so every statement is idempotent.
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
-- role_cues came after the first release: added to a database made before it (its old rows hold NULL)
ALTER TABLE paragraph ADD COLUMN IF NOT EXISTS role_cues VARCHAR(4000);

CREATE TABLE IF NOT EXISTS quote (
    article_id      VARCHAR(32)        NOT NULL,
    paragraph_index INTEGER            NOT NULL,
    quote_index     INTEGER            NOT NULL,
    quote_text      VARCHAR(67108864)  NOT NULL,
    speaker         VARCHAR(65535),
    speaker_as_written VARCHAR(65535),
    speaker_title   VARCHAR(65535),
    PRIMARY KEY (article_id, paragraph_index, quote_index)
);

-- speaker_as_written and speaker_title came after the first release too
ALTER TABLE quote ADD COLUMN IF NOT EXISTS speaker_as_written VARCHAR(65535);
ALTER TABLE quote ADD COLUMN IF NOT EXISTS speaker_title VARCHAR(65535);

CREATE TABLE IF NOT EXISTS reject (
    source_path      VARCHAR(4000)  NOT NULL,
    reason           VARCHAR(65535) NOT NULL,
    exception_class  VARCHAR(1000),
    job_execution_id BIGINT         NOT NULL
);

-- Incremental runs. source_file is the baseline: the content fingerprint of every file as of the
-- last successful run that read it (size and modification time are a fast pre-check, the SHA-256
-- of the bytes decides). A run records what it read in source_file_pending, in the chunk
-- transaction that writes the file's rows; its last steps move those rows into the baseline, so a
-- failed or interrupted run leaves the baseline as it was and its restart selects the same files.
CREATE TABLE IF NOT EXISTS source_file (
    input_dir        VARCHAR(4000)  NOT NULL,
    source_path      VARCHAR(4000)  NOT NULL,
    size_bytes       BIGINT         NOT NULL,
    modified_millis  BIGINT         NOT NULL,
    sha256           CHAR(64)       NOT NULL,
    job_instance_id  BIGINT         NOT NULL,
    PRIMARY KEY (input_dir, source_path)
);

CREATE TABLE IF NOT EXISTS source_file_pending (
    job_instance_id  BIGINT         NOT NULL,
    input_dir        VARCHAR(4000)  NOT NULL,
    source_path      VARCHAR(4000)  NOT NULL,
    size_bytes       BIGINT         NOT NULL,
    modified_millis  BIGINT         NOT NULL,
    sha256           CHAR(64)       NOT NULL,
    PRIMARY KEY (job_instance_id, input_dir, source_path)
);

-- Files of the baseline that were gone from the input folder when a run looked: reported once,
-- by the run that noticed (and in its removed.csv). Their article rows are kept.
CREATE TABLE IF NOT EXISTS removed_source (
    job_instance_id  BIGINT         NOT NULL,
    input_dir        VARCHAR(4000)  NOT NULL,
    source_path      VARCHAR(4000)  NOT NULL,
    article_id       VARCHAR(32)    NOT NULL,
    sha256           CHAR(64)       NOT NULL,
    PRIMARY KEY (job_instance_id, input_dir, source_path)
);
