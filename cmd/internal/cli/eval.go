package cli

import (
	"errors"
	"io"

	"github.com/spf13/cobra"
)

// newEvalCommand is a placeholder replaced by the eval implementation.
func newEvalCommand(stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{Use: "eval DIR...", Short: "Score artext on a labelled corpus", RunE: func(*cobra.Command, []string) error { return errors.New("not implemented") }}
}
