using System.Net;
using Microsoft.AspNetCore.Builder;
using Monitor.Fetch.Tests.Support;
using Monitor.Testing;

namespace Monitor.Fetch.Tests;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1:{0}/feed")]
    [InlineData("http://2130706433:{0}/feed")]
    [InlineData("http://0x7f.1:{0}/feed")]
    [InlineData("http://127.1:{0}/feed")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/feed")]
    [InlineData("http://localhost.:{0}/feed")]
    public async Task Loopback_Is_Blocked_However_It_Is_Spelled(string template)
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/feed", () => "secret"));
        await using var fetcher = TestFetcher.Create(options => options.AllowPrivateNetworks = false);
        var url = new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, server.BaseUrl.Port));

        var response = await fetcher.FetchAsync(url);

        Assert.Equal(FetchErrorKind.Blocked, response.Error?.Kind);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("168.63.129.16")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("127.0.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("ff02::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:10.0.0.5")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2002:c0a8:101::1")]
    public void Non_Public_Address_Is_Refused(string address) =>
        Assert.False(NetworkAddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.4.4")]
    [InlineData("64:ff9b::808:808")]
    public void Public_Address_Is_Allowed(string address) =>
        Assert.True(NetworkAddressPolicy.IsPublic(IPAddress.Parse(address)));
}
