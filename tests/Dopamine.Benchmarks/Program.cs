using BenchmarkDotNet.Running;

// Run through tests/bench/micro.sh, which builds in Release and passes --filter and --artifacts.
BenchmarkSwitcher.FromAssembly(typeof(Dopamine.Benchmarks.BundledContent).Assembly).Run(args);
