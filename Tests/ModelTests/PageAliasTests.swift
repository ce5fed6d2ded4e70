import Model
import Testing

/// An old address (`aliases:`) is a path inside the page's site, normalised once as it is read.
@Suite struct PageAliasTests {
    func path(_ written: String) -> String? {
        if case .success(let path) = PageAlias.normalise(written) { return path }
        return nil
    }

    func problem(_ written: String) -> String? {
        if case .failure(let problem) = PageAlias.normalise(written) { return problem.message }
        return nil
    }

    @Test func aFolderGetsItsTrailingSlashAndLosesALeadingOne() {
        #expect(path("oud-adres/") == "oud-adres/")
        #expect(path("oud-adres") == "oud-adres/")
        #expect(path("/oud-adres") == "oud-adres/", "a leading slash is the site's root, as in Hugo and Zola")
        #expect(path("initiatieven/AED_2019~1/") == "initiatieven/AED_2019~1/")
    }

    @Test func anOldAddressOfAWebPageFileStaysAFile() {
        #expect(path("nieuws/2019/bericht.html") == "nieuws/2019/bericht.html")
        #expect(path("oud.htm") == "oud.htm")
        #expect(path("v1.2/") == "v1.2/", "a dot in a folder's name")
    }

    @Test func whatCannotBeAnOldAddressSaysWhy() {
        #expect(problem("") == "is the address of the site's home page")
        #expect(problem("/") == "is the address of the site's home page")
        #expect(problem("../buurt/") == "leads outside the site ('..')")
        #expect(problem("a/../../b/") == "leads outside the site ('..')")
        #expect(problem("a//b/") == "has an empty part ('//' or '/./')")
        #expect(problem("a/./b/") == "has an empty part ('//' or '/./')")
        #expect(problem(".well-known/x/") == "has a part that starts with '.' ('.well-known')")
        #expect(problem("HTTPS://x.nl/oud/")?.hasPrefix("is a full web address") == true)
        #expect(problem("//x.nl/oud/")?.hasPrefix("is a full web address") == true)
        #expect(problem("café/")?.hasPrefix("holds 'é'") == true)
        #expect(problem("oud#kop")?.hasPrefix("holds '#'") == true)
        #expect(problem("folder.pdf") == "names a file that is not a web page ('folder.pdf')")
    }
}
