package cli

// Exit codes, documented in README.md. Scripts rely on them: keep them stable.
const (
	// ExitOK: every input was extracted.
	ExitOK = 0
	// ExitSomeFailed: at least one input failed and at least one succeeded.
	ExitSomeFailed = 1
	// ExitUsage: the command line was wrong (unknown flag, bad value).
	ExitUsage = 2
	// ExitAllFailed: every input failed (for one input: that input failed).
	ExitAllFailed = 3
	// ExitInterrupted: the run was stopped by SIGINT or SIGTERM.
	ExitInterrupted = 130
)
