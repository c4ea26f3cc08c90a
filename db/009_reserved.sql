-- 009_reserved.sql — holds the place of migration 009, which is written on another branch;
-- the migrations must be numbered without gaps.  It changes nothing.  When the real 009
-- arrives, this file goes.
-- Applied by store.c in one transaction with PRAGMA user_version = 9.
SELECT 1;
