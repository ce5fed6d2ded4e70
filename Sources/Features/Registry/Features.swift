import Agenda
import Compliance
import Kaart
import Search
import Site
import Toolkit

/// Every feature of the buurt sites, in the order their menu entries and home cards appear.
/// Registering a feature is one line here (and its target in Package.swift); the pipeline takes the list.
public enum Features {
    public static let all: [any SiteFeature] = [
        KaartFeature(),
        AgendaFeature(),
        ToolkitFeature(),
        SearchFeature(),
        SecurityTxtFeature(),
        AccessibilityFeature(),
    ]
}
