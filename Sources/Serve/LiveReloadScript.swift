/// The script `serve` adds to every HTML page it sends (and never to built output): it follows the server's events,
/// reloads the page when its bytes changed, and shows or removes the overlay of problems. Problems are put in with
/// textContent, so nothing in them is read as HTML.
enum LiveReloadScript {
    static let source = #"""
        (function () {
          "use strict";
          var script = document.currentScript;
          var page = script.getAttribute("data-page");
          var version = script.getAttribute("data-version");
          var address = "/__buurtsite/events?page=" + encodeURIComponent(page) +
            "&version=" + encodeURIComponent(version);
          var events = new EventSource(address);
          events.addEventListener("reload", function () { location.reload(); });
          events.addEventListener("problems", function (event) { show(JSON.parse(event.data)); });

          function show(problems) {
            var old = document.getElementById("buurtsite-problems");
            if (old) { old.remove(); }
            if (!problems.length) { return; }
            var box = document.createElement("div");
            box.id = "buurtsite-problems";
            box.setAttribute("role", "alert");
            box.style.cssText = OVERLAY_STYLE;
            var heading = document.createElement("h2");
            heading.style.cssText = "margin:0 0 .5em;font-size:1.3em";
            heading.textContent = "De site bouwt niet: " +
              (problems.length === 1 ? "1 probleem" : problems.length + " problemen");
            var intro = document.createElement("p");
            intro.style.cssText = "margin:0 0 1em";
            intro.textContent = "Je ziet de laatste versie die wel lukte. Los het op en sla op: " +
              "deze pagina werkt zich vanzelf bij.";
            var list = document.createElement("ol");
            list.style.cssText = "margin:0;padding-left:1.5em";
            problems.forEach(function (problem) {
              var item = document.createElement("li");
              item.style.cssText = "margin-bottom:.8em";
              var line = document.createElement("code");
              line.style.cssText = "white-space:pre-wrap";
              line.textContent = problem.line;
              item.appendChild(line);
              if (problem.hint) {
                item.appendChild(document.createElement("br"));
                var hint = document.createElement("span");
                hint.textContent = "hint: " + problem.hint;
                item.appendChild(hint);
              }
              list.appendChild(item);
            });
            box.appendChild(heading);
            box.appendChild(intro);
            box.appendChild(list);
            document.body.appendChild(box);
          }
        })();
        """#

    /// The script with the overlay's style filled in.
    static var text: String {
        source.replacingOccurrences(of: "OVERLAY_STYLE", with: "\"" + PreviewPage.overlayStyle + "\"")
    }
}
