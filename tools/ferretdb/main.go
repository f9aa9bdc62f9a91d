// Command newsroom-ferretdb runs FerretDB v1, a MongoDB wire-protocol server that stores into SQLite, as the
// stand-in for MongoDB in `npm run test:mongodb` (scripts/test-mongodb.mjs). It prints its mongodb:// URI once it
// listens, and stops on SIGTERM or SIGINT.
//
// FerretDB is built here through its embeddable package rather than `go install` of its command: a command
// installed from the module proxy lacks the version file its release build generates, and refuses to start.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "TCP address to listen on (loopback)")
	dir := flag.String("dir", "", "folder for FerretDB's SQLite files (required)")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "newsroom-ferretdb: -dir is required")
		os.Exit(2)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	server, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Handler:   "sqlite",
		SQLiteURL: "file:" + *dir + "/",
		Logger:    slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})),
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsroom-ferretdb:", err)
		os.Exit(1)
	}

	done := make(chan struct{})
	go func() {
		_ = server.Run(ctx)
		close(done)
	}()
	// Blocks until the listener is up, so a client may connect as soon as the URI is printed.
	fmt.Println(server.MongoDBURI())
	<-done
}
