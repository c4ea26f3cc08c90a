print("read once")
