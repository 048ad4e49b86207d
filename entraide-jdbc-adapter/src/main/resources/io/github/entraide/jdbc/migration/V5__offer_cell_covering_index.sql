-- Entraide schema, version 5: a covering index for JdbcCandidateSource's first pass. The search
-- reads, for the cells near a request, only each offer's point, radius and id (an index-only scan
-- on PostgreSQL once the table is vacuumed: no heap page is read), ranks them by the least cost
-- their distance allows, and fetches whole rows by primary key for the few that can still enter
-- the top candidates. It replaces V3's offer_cell_ix, whose leading columns it repeats (the
-- extent's smallest and largest cell row are read from it). Plain key columns rather than
-- INCLUDE, so that the script is the same on H2 and PostgreSQL.
CREATE INDEX ${prefix}offer_cell_cover_ix ON ${prefix}offer (territory_id, category_id, status, cell_row, cell_col, latitude, longitude, radius_km, id);
DROP INDEX ${prefix}offer_cell_ix;
