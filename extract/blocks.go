package extract

// block is one unit of visible text: a line of a text dump, or the text of
// a block-level run in HTML. Both kinds of input become a slice of blocks,
// and the classifiers, metadata and body stages work on that slice.
type block struct {
	text  string
	stats textStats
	role  role
	code  bool // a line of program code in a Chinese text dump

	// HTML evidence; zero for text dumps. The narrow types keep a block
	// to 64 bytes: a dump of ten thousand lines is ten thousand blocks.
	heading   uint8 // 1-6 inside <h1>-<h6>, 0 otherwise
	titleHint bool  // an ancestor's class or id names a title
	bold      bool  // set wholly in <b> or <strong>, as old pages set headlines
	linkRunes int32 // runes inside <a> elements
	node      int   // pre-order index of the nearest block-level element
}

// linkDensity is the share of a block's text that sits inside links.
func (b *block) linkDensity() float64 {
	if b.stats.runes == 0 {
		return 0
	}
	return float64(b.linkRunes) / float64(b.stats.runes)
}

// newBlock makes a block of already normalised text.
func newBlock(text string) block {
	return block{text: text, stats: statsOf(text), node: -1}
}

// mayBePosterLine tells from the stats alone whether a block can be a
// poster line for postedBy: short, no sentence, a digit for the date. Most
// lines of a body are not, and need no closer look.
func (b *block) mayBePosterLine() bool {
	return b.stats.marks&markDigit != 0 && b.stats.chars <= 80 && b.stats.marks&markProse == 0
}
