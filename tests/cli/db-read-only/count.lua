-- Counts the units through paridx.db.query (a read of the database).
print(#paridx.db.query("SELECT code FROM unit") .. " units")
