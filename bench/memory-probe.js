// Loaded into the benchmarked server with --import: answers the parent's "memory" message with
// process.memoryUsage(), so that the benchmark can report the server's RSS and heap.
process.on('message', (message) => {
  if (message === 'memory') process.send?.({ memory: process.memoryUsage() });
});
