using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Eci.AdminTests;

/// <summary>A headless Chromium pointed at the console, with the few moves the tests make.</summary>
public sealed class ConsoleBrowser(ChromeDriver driver, Uri address) : IDisposable
{
    public IWebDriver Driver => driver;

    public Uri Url => new(driver.Url);

    public static ConsoleBrowser Open(ConsoleHost host)
    {
        host.RequireProvider();
        return new ConsoleBrowser(InstalledBrowser.Open(), host.Address);
    }

    public static ConsoleBrowser Open(FailingMailConsoleHost host)
    {
        host.RequireProvider();
        return new ConsoleBrowser(InstalledBrowser.Open(), host.Address);
    }

    public void Go(string path) => driver.Navigate().GoToUrl(new Uri(address, path));

    public void SignIn(string email, string password)
    {
        if (!Url.AbsolutePath.StartsWith("/admin/sign-in", StringComparison.Ordinal))
        {
            Go("/admin/sign-in");
        }

        Find("#email").Clear();
        Find("#email").SendKeys(email);
        Find("#password").SendKeys(password);
        Follow("#sign-in");
    }

    /// <summary>Clicks a link or a submit button and waits for the page it leads to, so nothing is read from the old one.</summary>
    public void Follow(string css)
    {
        var page = driver.FindElement(By.TagName("html"));
        Find(css).Click();
        Wait().Until(_ => IsGone(page));
    }

    private static bool IsGone(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (StaleElementReferenceException)
        {
            return true;
        }
        catch (UnknownErrorException ex) when (ex.Message.Contains("does not belong to the document", StringComparison.Ordinal))
        {
            // Chromium's way of saying the same when the old page goes while it is being asked.
            return true;
        }
    }

    public IWebElement Find(string css) => Wait().Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault());

    public string Text(string css) => Find(css).Text.Trim();

    /// <summary>Reloads the page until the element shows the text: for effects that arrive through the outbox.</summary>
    public void ReloadUntil(string css, string text) =>
        Wait().Until(d =>
        {
            if (d.FindElements(By.CssSelector(css)).FirstOrDefault()?.Text.Trim() == text)
            {
                return true;
            }

            d.Navigate().Refresh();
            return false;
        });

    public bool Has(string css) => driver.FindElements(By.CssSelector(css)).Count > 0;

    public void WaitForPath(string path) => Wait().Until(_ => Url.AbsolutePath == path);

    /// <summary>Saves what the browser shows when the screenshot folder is configured (for docs/admin.md).</summary>
    public void Screenshot(string name)
    {
        if (Environment.GetEnvironmentVariable("ECI_ADMIN_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            driver.GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
        }
    }

    public void Dispose() => driver.Quit();

    private WebDriverWait Wait() => new(driver, TimeSpan.FromSeconds(30));
}
