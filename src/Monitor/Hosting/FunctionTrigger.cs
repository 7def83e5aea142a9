namespace Monitor.Hosting;

/// <summary>What starts a function. The binding name is the key of the payload in the host's <c>Data</c>.</summary>
public abstract record FunctionTrigger(string BindingName);

/// <summary>
/// A timer on a six-field NCRONTAB schedule (<c>sec min hour day month dow</c>) in UTC, or an
/// <c>%AppSetting%</c> reference to one. Timers are never retried.
/// </summary>
public sealed record TimerTrigger(string Schedule) : FunctionTrigger("timer");

/// <summary>A storage queue message; the payload arrives under the binding name "msg".</summary>
public sealed record QueueTrigger(string QueueName) : FunctionTrigger("msg");

/// <summary>A queue output binding: messages returned under <paramref name="BindingName"/> go to <paramref name="QueueName"/>.</summary>
public sealed record QueueOutputBinding(string BindingName, string QueueName);
