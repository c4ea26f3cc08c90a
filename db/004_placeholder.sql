-- 004_placeholder.sql — stands for a migration being written on another branch, so that the
-- numbers stay without gaps until it is merged; it changes nothing.  Drop it when the real
-- db/004 arrives.
SELECT 1;
