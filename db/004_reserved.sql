-- 004_reserved.sql — holds the place of migration 004 (working days, deadlines and
-- submissions), which is written on another branch; the migrations must be numbered without
-- gaps.  It changes nothing.  When the real 004 arrives, this file goes.
-- Applied by store.c in one transaction with PRAGMA user_version = 4.
SELECT 1;
