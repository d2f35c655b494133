// Loaded into the benchmarked server with --import: answers the parent's "usage" message with
// process.memoryUsage() and process.cpuUsage(), so that the benchmark can report the server's RSS,
// heap and CPU time per request (a figure that other processes on the machine do not distort much).
process.on('message', (message) => {
  if (message === 'usage')
    process.send?.({ memory: process.memoryUsage(), cpu: process.cpuUsage() });
});
