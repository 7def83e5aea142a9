using System.Net;

namespace Monitor.Fetch;

/// <summary>The hops of one fetch: counts them, refuses loops and odd schemes, and remembers whether all were permanent.</summary>
internal sealed class RedirectChain
{
    private readonly Uri _start;
    private readonly int _maxRedirects;
    private readonly HashSet<Uri> _visited;

    public RedirectChain(Uri start, int maxRedirects)
    {
        _start = start;
        _maxRedirects = maxRedirects;
        _visited = [start];
        Current = start;
    }

    public Uri Current { get; private set; }

    public int Hops { get; private set; }

    /// <summary>True while every hop so far was a 301 or 308 (and there was at least one).</summary>
    public bool AllPermanent => Hops > 0 && _allPermanent;

    private bool _allPermanent = true;

    public static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently
        or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Moves to <paramref name="location"/> (resolved against the current URL), or says why not.</summary>
    public FetchError? Follow(HttpStatusCode status, Uri? location)
    {
        if (location is null)
            return new FetchError(FetchErrorKind.HttpStatus, $"HTTP {(int)status} redirect from {Current} without a usable Location.");
        if (!Uri.TryCreate(Current, location, out var next) || !UrlPolicy.IsFetchable(next))
            return new FetchError(FetchErrorKind.InvalidUrl, $"Redirect from {Current} to a URL that is not http(s): {location}");
        if (_visited.Contains(next))
            return new FetchError(FetchErrorKind.RedirectLoop, $"Redirect loop: {Current} leads back to {next}.");
        if (Hops >= _maxRedirects)
            return new FetchError(FetchErrorKind.TooManyRedirects, $"More than {_maxRedirects} redirects starting at {_start}.");

        _visited.Add(next);

        Hops++;
        _allPermanent &= status is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect;
        Current = next;
        return null;
    }
}
