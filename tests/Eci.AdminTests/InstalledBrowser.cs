using OpenQA.Selenium.Chrome;

namespace Eci.AdminTests;

/// <summary>
/// Debian's Chromium and its driver (<c>apt-get install -y chromium chromium-driver</c>); browsers cannot be downloaded
/// in the build, so the tests use the installed one or skip.
/// </summary>
internal static class InstalledBrowser
{
    public const string SkipReason = "Browser test: chromium and chromedriver are not installed";

    private static string BrowserPath => Environment.GetEnvironmentVariable("ECI_CHROMIUM") ?? "/usr/bin/chromium";

    private static string DriverPath => Environment.GetEnvironmentVariable("ECI_CHROMEDRIVER") ?? "/usr/bin/chromedriver";

    public static bool Present => File.Exists(BrowserPath) && File.Exists(DriverPath);

    public static ChromeDriver Open()
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = BrowserPath };
        // No sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000", "--lang=en-US");
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
        return driver;
    }
}
