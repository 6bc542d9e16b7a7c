-- HSQLDB only, run at start-up before the tables: multi-version concurrency control, so that the
-- import's partitions, which run on several threads, write their chunks side by side (the default,
-- table locks, would make each wait for the other's commit). A database setting, kept in the
-- database; where it cannot be set (another session holds a transaction) the run goes on with
-- the database's own setting.
SET DATABASE TRANSACTION CONTROL MVCC;
