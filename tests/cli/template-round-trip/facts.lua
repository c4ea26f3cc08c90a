-- Prints every fact of the database, for comparing the ways they came in.
for _, r in ipairs(paridx.db.query("SELECT unit, name, type, num, text FROM fact ORDER BY unit, name")) do
  print(r.unit, r.name, r.type, r.num, r.text)
end
