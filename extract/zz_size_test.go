package extract

import (
	"fmt"
	"testing"
	"unsafe"
)

func TestZZSize(t *testing.T) {
	fmt.Println("block", unsafe.Sizeof(block{}), "stats", unsafe.Sizeof(textStats{}), "labels elem", unsafe.Sizeof(blockLabels{}[0:0]), unsafe.Sizeof(lineFacts{}))
}
