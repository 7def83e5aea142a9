return await Monitor.Cli.MonitorCli.InvokeAsync(args);
