package extract

// SetBlockRecycling turns the pool of block slices on or off for the
// growth tests (package extract_test), and returns a function that puts
// it back as it was. Tests that call it must not run in parallel.
func SetBlockRecycling(on bool) (restore func()) {
	was := recycleBlocks
	recycleBlocks = on
	return func() { recycleBlocks = was }
}
