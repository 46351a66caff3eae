using SmqBot.Benchmarks;

// Benchmarks, run on demand (never in the test suite):
//   dotnet run -c Release --project Tests/Benchmarks -- turn [--turns 2000] [--warmup 300]
// Each prints its figures as key=value lines.
return args.FirstOrDefault() switch
{
    "turn" => await TurnBenchmark.RunAsync(Options.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project Tests/Benchmarks -- turn [--turns N] [--warmup N]");
    return 2;
}
