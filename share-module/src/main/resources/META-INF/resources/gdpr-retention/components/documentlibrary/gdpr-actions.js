/**
 * GDPR Retention in the document library: "Purge now" (a dry run first, then a confirmation that states the count and
 * that it cannot be undone, then the purge and its result), placing and lifting legal holds on several documents at
 * once, and the retention line (expiry date and status) of the document list. Loaded through DocLibCustom; the
 * repository decides and refuses, this only asks.
 */
(function()
{
   var rest = GdprRetention.rest,
      $html = GdprRetention.rest.html;

   function msg(key)
   {
      return rest.format(Alfresco.util.message(key), Array.prototype.slice.call(arguments, 1));
   }

   /** The records an action was called with: one (document actions) or several (multi-select). */
   function recordsOf(record)
   {
      return YAHOO.lang.isArray(record) ? record : [record];
   }

   /** workspace://SpacesStore/<id> -> <id>, as the REST API names nodes. */
   function nodeId(record)
   {
      var nodeRef = record.nodeRef || (record.node && record.node.nodeRef) || "";
      return nodeRef.substring(nodeRef.lastIndexOf("/") + 1);
   }

   function names(records)
   {
      var result = {};
      for (var i = 0; i < records.length; i++)
      {
         result[nodeId(records[i])] = records[i].displayName || (records[i].location && records[i].location.file) || nodeId(records[i]);
      }
      return result;
   }

   function failed(text)
   {
      Alfresco.util.PopupManager.displayPrompt(
      {
         title: msg("gdpr-retention.purge.title"),
         text: text ? msg("gdpr-retention.error.repository", text) : msg("gdpr-retention.error.connection")
      });
   }

   function outcomeList(outcomes, nameById)
   {
      var html = "<ul class=\"gdpr-purge-outcomes\">";
      for (var i = 0; i < outcomes.length; i++)
      {
         var o = outcomes[i];
         html += "<li class=\"gdpr-outcome-" + $html(String(o.outcome).toLowerCase()) + "\"><strong>" + $html(nameById[o.nodeId] || o.nodeId) + "</strong>: "
               + $html(msg("gdpr-retention.outcome." + o.outcome));
         if (o.outcome === "REFUSED" && (o.message || o.reason))
         {
            html += " (" + $html(o.message || o.reason) + ")";
         }
         if (o.binariesKept > 0)
         {
            html += "; " + $html(msg("gdpr-retention.outcome.binaries-kept", o.binariesKept));
         }
         html += "</li>";
      }
      return html + "</ul>";
   }

   function pad(n)
   {
      return (n < 10 ? "0" : "") + n;
   }

   /**
    * The day of a d:date of the document list in the reader's zone, as yyyy-MM-dd. ACS sends the instant in UTC
    * ({"iso8601": "2027-01-30T23:00:00.000Z"} for 31 January at midnight in Amsterdam), so its first ten characters
    * are the day before east of UTC; Share itself shows dates in the browser's zone.
    */
   function localDay(value)
   {
      var iso = String(value.iso8601 || value), date = new Date(iso);
      if (isNaN(date.getTime()))
      {
         return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.substring(0, 10) : "";
      }
      return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
   }

   function refresh()
   {
      YAHOO.Bubbling.fire("metadataRefresh");
   }

   GdprRetention.doclib =
   {
      /** Dry run for the documents, then (only for what would be purged) confirmation and the purge. */
      purge: function(record)
      {
         var records = recordsOf(record), ids = [], nameById = names(records);
         for (var i = 0; i < records.length; i++)
         {
            ids.push(nodeId(records[i]));
         }
         Alfresco.util.PopupManager.displayMessage({ text: msg("gdpr-retention.purge.checking") });
         rest.post(rest.api("purges"), { nodeIds: ids, dryRun: true, forceReason: null }, function(json)
         {
            var outcomes = json.entry.outcomes, purgeable = [];
            for (var o = 0; o < outcomes.length; o++)
            {
               if (outcomes[o].outcome === "WOULD_PURGE")
               {
                  purgeable.push(outcomes[o].nodeId);
               }
            }
            var preview = "<p>" + $html(msg("gdpr-retention.purge.preview")) + "</p>" + outcomeList(outcomes, nameById);
            if (purgeable.length === 0)
            {
               Alfresco.util.PopupManager.displayPrompt({ title: msg("gdpr-retention.purge.title"), noEscape: true,
                     text: preview + "<p>" + $html(msg("gdpr-retention.purge.nothing")) + "</p>" });
               return;
            }
            Alfresco.util.PopupManager.displayPrompt(
            {
               title: msg("gdpr-retention.purge.title"),
               noEscape: true,
               text: preview,
               buttons:
               [
                  { text: msg("gdpr-retention.purge.button.continue"), handler: function() { this.destroy(); GdprRetention.doclib.confirmPurge(purgeable, nameById); }, isDefault: true },
                  { text: msg("gdpr-retention.purge.button.cancel"), handler: function() { this.destroy(); } }
               ]
            });
         }, failed);
      },

      confirmPurge: function(ids, nameById)
      {
         Alfresco.util.PopupManager.displayPrompt(
         {
            title: msg("gdpr-retention.purge.title"),
            text: msg("gdpr-retention.purge.confirm", ids.length),
            buttons:
            [
               { text: msg("gdpr-retention.purge.button.purge", ids.length), handler: function() { this.destroy(); GdprRetention.doclib.purgeNow(ids, nameById); } },
               { text: msg("gdpr-retention.purge.button.cancel"), handler: function() { this.destroy(); }, isDefault: true }
            ]
         });
      },

      purgeNow: function(ids, nameById)
      {
         rest.post(rest.api("purges"), { nodeIds: ids, dryRun: false, forceReason: null }, function(json)
         {
            var outcomes = json.entry.outcomes, refused = 0;
            for (var i = 0; i < outcomes.length; i++)
            {
               refused += outcomes[i].outcome === "REFUSED" ? 1 : 0;
            }
            Alfresco.util.PopupManager.displayPrompt({ title: msg("gdpr-retention.purge.title"), noEscape: true,
                  text: "<p>" + $html(msg("gdpr-retention.purge.done", outcomes.length - refused, refused)) + "</p>" + outcomeList(outcomes, nameById) });
            refresh();
         }, failed);
      },

      /** Asks for the reason, then places (place=true) or lifts the hold on every document, one request each. */
      hold: function(record, place)
      {
         var records = recordsOf(record), fieldId = Alfresco.util.generateDomId ? Alfresco.util.generateDomId() : "gdpr-hold-reason";
         Alfresco.util.PopupManager.displayPrompt(
         {
            title: msg(place ? "gdpr-retention.hold.title.place" : "gdpr-retention.hold.title.lift"),
            noEscape: true,
            text: "<label for=\"" + fieldId + "\">" + $html(msg("gdpr-retention.hold.reason")) + "</label><br/><textarea id=\"" + fieldId + "\" rows=\"3\" cols=\"40\"></textarea>",
            buttons:
            [
               { text: msg("gdpr-retention.hold.button.ok"), isDefault: true, handler: function()
                  {
                     var reason = YAHOO.lang.trim(document.getElementById(fieldId).value);
                     if (!reason)
                     {
                        Alfresco.util.PopupManager.displayMessage({ text: msg("gdpr-retention.hold.reason-required") });
                        return;
                     }
                     this.destroy();
                     GdprRetention.doclib.holdEach(records, place, reason, 0);
                  }
               },
               { text: msg("gdpr-retention.hold.button.cancel"), handler: function() { this.destroy(); } }
            ]
         });
      },

      /** One document after the other; stops at the first refusal and says which. */
      holdEach: function(records, place, reason, index)
      {
         if (index >= records.length)
         {
            Alfresco.util.PopupManager.displayMessage({ text: msg("gdpr-retention.hold.done", records.length) });
            refresh();
            return;
         }
         var id = encodeURIComponent(nodeId(records[index]));
         var next = function() { GdprRetention.doclib.holdEach(records, place, reason, index + 1); };
         if (place)
         {
            rest.post(rest.api("retentions/" + id + "/legal-holds"), { reason: reason }, next, failed);
         }
         else
         {
            rest.del(rest.api("retentions/" + id + "/legal-holds/current?" + rest.query({ reason: reason })), next, failed);
         }
      },

      /** The retention line of the document list: "Expires 2027-01-31 (Expired)". */
      renderRetention: function(record)
      {
         var properties = (record.node && record.node.properties) || {};
         var status = properties["gdpr:status"] || "";
         var expiry = properties["gdpr:expiryDate"];
         var day = expiry ? localDay(expiry) : "";
         var statusText = status ? msg("gdpr-retention.status." + status) : "";
         var text = day ? msg("gdpr-retention.metadata.line", day, statusText) : msg("gdpr-retention.metadata.no-expiry", statusText);
         return "<span class=\"gdpr-retention-line\"><span class=\"gdpr-status-" + $html(status.toLowerCase()) + "\">" + $html(text) + "</span></span>";
      }
   };

   YAHOO.Bubbling.fire("registerAction", { actionName: "onActionGdprPurgeNow", fn: function(record) { GdprRetention.doclib.purge(record); } });
   YAHOO.Bubbling.fire("registerAction", { actionName: "onActionGdprPlaceHold", fn: function(record) { GdprRetention.doclib.hold(record, true); } });
   YAHOO.Bubbling.fire("registerAction", { actionName: "onActionGdprLiftHold", fn: function(record) { GdprRetention.doclib.hold(record, false); } });
   YAHOO.Bubbling.fire("registerRenderer", { propertyName: "gdprRetention", renderer: function(record) { return GdprRetention.doclib.renderRetention(record); } });
})();
