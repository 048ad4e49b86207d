-- Entraide schema, version 4: indexes that let JdbcCandidateSource read the extent of a partition
-- (its published offers' smallest and largest cell row, cell column and radius) with one short
-- index probe each, instead of aggregating every offer of the partition (about 0.6 s for a
-- million offers on PostgreSQL). Cell rows come from offer_cell_ix (V3).
CREATE INDEX ${prefix}offer_cell_col_ix ON ${prefix}offer (territory_id, category_id, status, cell_col);
CREATE INDEX ${prefix}offer_radius_ix ON ${prefix}offer (territory_id, category_id, status, radius_km);
