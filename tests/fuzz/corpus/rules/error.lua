local scale = require "scale"
error("nhỏ")
