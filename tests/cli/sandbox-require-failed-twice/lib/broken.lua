-- A library that fails while it loads.
error("thư viện hỏng", 0)
