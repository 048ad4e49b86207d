-- Entraide on PostgreSQL: the large tables of table prefix '${prefix}' declaratively partitioned by
-- territory (PARTITION BY HASH (territory_id), ${partitions} partitions each). Run it once, as the
-- owner of the tables, on a schema that JdbcStorage.migrate() (or migrationScript()) created, with
-- the portal nodes stopped: it rebuilds each table as a partitioned one, moves its rows, and creates
-- again every primary key, unique constraint and index under its own name, read from the catalogue,
-- so that later migrations (which alter, index or drop by name) apply to the partitioned tables as
-- they do to plain ones. One transaction: it applies wholly or not at all.
--
-- Partitioned: member, offer, request, introduction, moderation_case, audit_entry, appeal_opt_out
-- (every key and index of theirs leads with territory_id, so PostgreSQL accepts them on a
-- partitioned table and prunes to one partition for every statement of the adapter). Not
-- partitioned: territory (one row per territory), appeal (a few rows a day per territory),
-- schema_history, and the outbox with its counter (a queue the relays read across territories,
-- keyed by message id, with one global sequence). Tables already partitioned are left alone: after
-- an upgrade that adds a table to the list (V6 added appeal_opt_out), run the script again.
DO $entraide$
DECLARE
    base text;
    t text;
    old text;
    definitions text[];
    statement text;
    i int;
BEGIN
    FOREACH base IN ARRAY ARRAY['member', 'offer', 'request', 'introduction', 'moderation_case', 'audit_entry',
                               'appeal_opt_out'] LOOP
        t := '${prefix}' || base;
        old := t || '_unpartitioned';
        IF NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.relname = t
                       AND c.relnamespace = current_schema()::regnamespace) THEN
            CONTINUE; -- added by a later version than the schema's: partitioned when the script runs again
        END IF;
        IF EXISTS (SELECT 1 FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid
                   WHERE c.relname = t AND c.relnamespace = current_schema()::regnamespace) THEN
            CONTINUE; -- already partitioned
        END IF;
        -- Primary key and unique constraints first, then the other indexes, as they are defined now.
        SELECT array_agg(d ORDER BY k, n) INTO definitions FROM (
            SELECT 0 AS k, conname AS n, format('ALTER TABLE %I ADD CONSTRAINT %I %s', t, conname,
                   pg_get_constraintdef(oid)) AS d
              FROM pg_constraint WHERE conrelid = format('%I', t)::regclass AND contype IN ('p', 'u')
            UNION ALL
            SELECT 1, i.relname, pg_get_indexdef(i.oid)
              FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
             WHERE x.indrelid = format('%I', t)::regclass
               AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = i.oid)) defs;
        EXECUTE format('ALTER TABLE %I RENAME TO %I', t, old);
        EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)'
                       ' PARTITION BY HASH (territory_id)', t, old);
        FOR i IN 0..${partitions} - 1 LOOP
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES WITH (MODULUS %s, REMAINDER %s)',
                           t || '_p' || i, t, ${partitions}, i);
        END LOOP;
        EXECUTE format('INSERT INTO %I SELECT * FROM %I', t, old);
        EXECUTE format('DROP TABLE %I', old);
        FOREACH statement IN ARRAY definitions LOOP
            EXECUTE statement;
        END LOOP;
        EXECUTE format('ANALYZE %I', t);
    END LOOP;
END
$entraide$;
