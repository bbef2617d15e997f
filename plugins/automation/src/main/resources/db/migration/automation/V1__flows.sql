-- The automation plugin tables. Owned by helper "store", which replaces this file.
SELECT 1;
