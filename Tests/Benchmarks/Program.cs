using SmqBot.Benchmarks;

// Benchmarks, run on demand (never in the test suite):
//   dotnet run -c Release --project Tests/Benchmarks -- turn [--turns 2000] [--warmup 300]
//   dotnet run -c Release --project Tests/Benchmarks -- fanout [--users 10000] [--rps 50] [--fault-rate 0.01] [--kill-at 0.5] [--instances 2]
//   dotnet run -c Release --project Tests/Benchmarks -- checkin [--submissions 2000] [--members 50]
//   dotnet run -c Release --project Tests/Benchmarks -- hours [--entries 2000] [--experts 50]
//   dotnet run -c Release --project Tests/Benchmarks -- report [--runs 7]
//   dotnet run -c Release --project Tests/Benchmarks -- load [--conversations 20] [--seconds 30]
//   dotnet run -c Release --project Tests/Benchmarks -- edge [--repeats 3]
//   dotnet run -c Release --project Tests/Benchmarks -- mydata [--runs 100] [--messages 20000]
//   dotnet run -c Release --project Tests/Benchmarks -- activities [--registrations 1000] [--burst 50] [--places 20]
//   dotnet run -c Release --project Tests/Benchmarks -- coldstart [--idle 5]
// Each prints its figures as key=value lines.
return args.FirstOrDefault() switch
{
    "turn" => await TurnBenchmark.RunAsync(Options.Parse(args[1..])),
    "fanout" => await FanoutBenchmark.RunAsync(Options.Parse(args[1..])),
    "fanout-instance" => await FanoutBenchmark.InstanceAsync(Options.Parse(args[1..])), // started by fanout --instances
    "checkin" => await CheckInBenchmark.RunAsync(Options.Parse(args[1..])),
    "hours" => await HoursBenchmark.RunAsync(Options.Parse(args[1..])),
    "report" => await ReportBenchmark.RunAsync(Options.Parse(args[1..])),
    "load" => await LoadBenchmark.RunAsync(Options.Parse(args[1..])),
    "edge" => await EdgeBenchmark.RunAsync(Options.Parse(args[1..])),
    "mydata" => await MyDataBenchmark.RunAsync(Options.Parse(args[1..])),
    "activities" => await ActivitiesBenchmark.RunAsync(Options.Parse(args[1..])),
    "coldstart" => await ColdstartBenchmark.RunAsync(Options.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project Tests/Benchmarks -- turn [--turns N] [--warmup N]");
    Console.Error.WriteLine("       dotnet run -c Release --project Tests/Benchmarks -- fanout [--users N] [--rps N] [--fault-rate F] [--kill-at F] [--instances N]");
    Console.Error.WriteLine("       dotnet run -c Release --project Tests/Benchmarks -- checkin [--submissions N] [--members N]");
    Console.Error.WriteLine("       dotnet run -c Release --project Tests/Benchmarks -- load [--conversations N] [--seconds S]");
    Console.Error.WriteLine("       dotnet run -c Release --project Tests/Benchmarks -- hours [--entries N] [--experts N]");
    Console.Error.WriteLine("       dotnet run -c Release --project Tests/Benchmarks -- report [--runs N]");
    Console.Error.WriteLine("       dotnet run -c Release --project Tests/Benchmarks -- edge [--repeats N]");
    Console.Error.WriteLine("       dotnet run -c Release --project Tests/Benchmarks -- mydata [--runs N] [--messages N]");
    return 2;
}
