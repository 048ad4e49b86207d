-- Entraide schema, version 3: the grid cell of each offer's point, for JdbcCandidateSource (no
-- PostGIS). A cell is 0.01 degree of latitude by 0.01 degree of longitude:
-- cell_row = FLOOR((latitude + 90) * 100), cell_col = FLOOR((longitude + 180) * 100), computed in
-- double precision exactly as the adapter computes them when it writes an offer.
ALTER TABLE ${prefix}offer ADD COLUMN cell_row INTEGER;
ALTER TABLE ${prefix}offer ADD COLUMN cell_col INTEGER;

UPDATE ${prefix}offer SET cell_row = CAST(FLOOR((latitude + 90) * 100) AS INTEGER),
    cell_col = CAST(FLOOR((longitude + 180) * 100) AS INTEGER);

ALTER TABLE ${prefix}offer ALTER COLUMN cell_row SET NOT NULL;
ALTER TABLE ${prefix}offer ALTER COLUMN cell_col SET NOT NULL;

-- The candidate search reads the published offers of a territory and category ring by ring of
-- cells; radius_km is carried so that the partition's largest radius is read from the index.
CREATE INDEX ${prefix}offer_cell_ix ON ${prefix}offer (territory_id, category_id, status, cell_row, cell_col, radius_km);
