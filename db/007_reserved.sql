-- 007_reserved.sql — holds the place of migration 007, which is written on another branch;
-- the migrations must be numbered without gaps.  It changes nothing.  When the real 007
-- arrives, this file goes.
-- Applied by store.c in one transaction with PRAGMA user_version = 7.
SELECT 1;
