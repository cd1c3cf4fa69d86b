-- One open entry (proposed, signed off, active or suspended) per subject and category: the entry
-- holds a key of its category and subject while it is open, and drops it when it ends. The unique
-- index refuses a second open entry even when two proposals race on two servers (NULLs, the ended
-- entries', do not collide).
ALTER TABLE bl_entry ADD COLUMN open_key CHAR(64) NULL;

CREATE UNIQUE INDEX bl_entry_open_key ON bl_entry (tenant_id, open_key);
