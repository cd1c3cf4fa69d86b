-- Patrol modes became codes the tenant's documents can extend (boat, horse …). Rows written while
-- they were a Java enum hold the enum's name (PLAIN_CLOTHES); store the code (plain-clothes).
UPDATE dp_unit SET mode = LOWER(REPLACE(mode, '_', '-'));
