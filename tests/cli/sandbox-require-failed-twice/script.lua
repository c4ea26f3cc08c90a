-- A library that failed to load says why on every require, not "requires itself".
print(select(2, pcall(require, "broken")))
print(select(2, pcall(require, "broken")))
