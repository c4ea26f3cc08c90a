index {
