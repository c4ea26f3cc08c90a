-- 006_reserved.sql — holds the place of migration 006, which is written on another branch;
-- the migrations must be numbered without gaps.  It changes nothing.  When the real 006
-- arrives, this file goes.
-- Applied by store.c in one transaction with PRAGMA user_version = 6.
SELECT 1;
