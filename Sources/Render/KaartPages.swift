import Content
import Kaart

// The sociale kaart's pages and exports. Owned by the kaart work: replace the bodies.
extension SiteRenderer {
    /// Every file of one buurt's kaart: home, filter pages, entry pages, HSDS JSON and CSV.
    public func kaartJobs(for buurt: Neighbourhood) -> [RenderJob] { [] }

    /// Files of the portal: the municipality-wide open data.
    public func portalKaartJobs() -> [RenderJob] { [] }
}
