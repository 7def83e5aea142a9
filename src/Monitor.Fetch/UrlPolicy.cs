namespace Monitor.Fetch;

/// <summary>Which URLs the fetcher will request at all.</summary>
public static class UrlPolicy
{
    /// <summary>Absolute http or https URLs with a host; everything else (file:, ftp:, data:, relative) is refused.</summary>
    public static bool IsFetchable(Uri? url) =>
        url is { IsAbsoluteUri: true }
        && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(url.Host)
        && string.IsNullOrEmpty(url.UserInfo);
}
