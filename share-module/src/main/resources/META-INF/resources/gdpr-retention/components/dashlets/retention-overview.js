/**
 * GDPR Retention: the retention overview dashlet.
 *
 * A server-side paged table over GET /retentions (sort by column, filters, text search), totals per template and a
 * chart of documents expiring per month stacked per template (plain SVG; a click on a month filters the table),
 * "Purge selected" as dry run, confirmation and result, per-row extension request and legal hold, tabs for pending
 * extension requests and the orphaned-file sweeps, a CSV link with the current filters, and its settings saved with
 * the dashlet. All data comes from the repository's GDPR REST API (see gdpr-rest.js).
 */
(function()
{
   var Dom = YAHOO.util.Dom,
      Event = YAHOO.util.Event,
      rest = GdprRetention.rest,
      $html = GdprRetention.rest.html;

   var STATUSES = ["PENDING_START", "ACTIVE", "EXPIRING", "EXPIRED", "ON_HOLD", "PURGED"];
   var PAGE_SIZES = [10, 25, 50, 100];
   var SORTABLE = { name: true, retentionType: true, expiryDate: true, status: true };
   var PALETTE = ["#3b6ea5", "#e08a2c", "#4f9a4f", "#b8483f", "#7c5ba6", "#2f9a9a", "#a68a2c", "#a64d86"];

   GdprRetention.dashlet = GdprRetention.dashlet || {};

   GdprRetention.dashlet.RetentionOverview = function RetentionOverview_constructor(htmlId)
   {
      this.id = htmlId;
      this.options =
      {
         siteId: "",
         componentId: "",
         officer: false,
         configureEvent: "",
         pageSize: 25,
         defaultStatus: "",
         defaultTemplate: ""
      };
      this.messages = {};
      this.selected = {};
      this.entries = [];
      this.templateColours = {};
      this.sweepTimer = null;
      this.callerKnown = false;
      Event.onDOMReady(this.onReady, this, true);
      return this;
   };

   GdprRetention.dashlet.RetentionOverview.prototype =
   {
      setOptions: function(options)
      {
         this.options = YAHOO.lang.merge(this.options, options || {});
         return this;
      },

      setMessages: function(messages)
      {
         this.messages = YAHOO.lang.merge(this.messages, messages || {});
         return this;
      },

      /** The dashlet's message for a key, with {0}... filled in; the key itself when missing. */
      msg: function(key)
      {
         var text = this.messages.hasOwnProperty(key) ? this.messages[key] : key;
         return rest.format(text, Array.prototype.slice.call(arguments, 1));
      },

      el: function(suffix)
      {
         return Dom.get(this.id + "-" + suffix);
      },

      onReady: function()
      {
         this.state =
         {
            skipCount: 0,
            maxItems: this.options.pageSize,
            orderBy: "expiryDate",
            direction: "ASC",
            filters: this.defaultFilters()
         };
         this.applyFiltersToForm();
         this.createTable();
         this.createPaginator();
         this.bindControls();
         this.loadTypes();
         this.reload();
      },

      defaultFilters: function()
      {
         return {
            status: this.options.defaultStatus || "",
            retentionType: "",
            category: "",
            template: this.options.defaultTemplate || "",
            expiryFrom: "",
            expiryTo: "",
            text: ""
         };
      },

      /** The filters as the API's query parameters (site from the dashboard it is on). */
      filterParams: function()
      {
         var f = this.state.filters;
         return {
            status: f.status,
            retentionType: f.retentionType,
            category: f.category,
            template: f.template,
            expiryFrom: f.expiryFrom,
            expiryTo: f.expiryTo,
            text: f.text,
            site: this.options.siteId
         };
      },

      applyFiltersToForm: function()
      {
         var f = this.state.filters;
         this.el("filter-status").value = f.status;
         this.el("filter-category").value = f.category;
         this.el("filter-expiry").value = f.expiryTo;
         this.el("filter-text").value = f.text;
         this.setSelectValue(this.el("filter-type"), f.retentionType);
         this.setSelectValue(this.el("filter-template"), f.template);
      },

      /** Selects value, adding it as an option first when the list does not have it yet (loaded later). */
      setSelectValue: function(select, value)
      {
         if (value && !this.hasOption(select, value))
         {
            select.options[select.options.length] = new Option(value, value);
         }
         select.value = value;
      },

      hasOption: function(select, value)
      {
         for (var i = 0; i < select.options.length; i++)
         {
            if (select.options[i].value === value)
            {
               return true;
            }
         }
         return false;
      },

      readFiltersFromForm: function()
      {
         var f = this.state.filters;
         f.status = this.el("filter-status").value;
         f.retentionType = this.el("filter-type").value;
         f.category = this.el("filter-category").value;
         f.template = this.el("filter-template").value;
         var before = this.el("filter-expiry").value;
         if (before !== f.expiryTo)
         {
            // typing a date replaces a month picked in the chart
            f.expiryFrom = "";
            f.expiryTo = before;
         }
         f.text = YAHOO.lang.trim(this.el("filter-text").value);
      },

      bindControls: function()
      {
         var me = this;
         Event.on(this.el("search"), "click", function() { me.search(); });
         Event.on(this.el("reset"), "click", function() { me.resetFilters(); });
         Event.on(this.el("filter-text"), "keydown", function(e)
         {
            if (e.keyCode === 13)
            {
               Event.preventDefault(e);
               me.search();
            }
         });
         var selects = ["filter-status", "filter-type", "filter-category", "filter-template", "filter-expiry"];
         for (var i = 0; i < selects.length; i++)
         {
            Event.on(this.el(selects[i]), "change", function() { me.search(); });
         }
         Event.on(this.el("select-page"), "click", function() { me.selectPage(this.checked); });
         if (this.el("purge"))
         {
            Event.on(this.el("purge"), "click", function() { me.startPurge(); });
         }
         var tabs = ["overview", "requests", "sweeps"];
         for (var t = 0; t < tabs.length; t++)
         {
            (function(name)
            {
               var tab = me.el("tab-" + name);
               if (tab)
               {
                  Event.on(tab, "click", function() { me.showTab(name); });
                  Event.on(tab, "keydown", function(e) { me.onTabKey(e, name); });
               }
            })(tabs[t]);
         }
         var configure = this.options.configureEvent ? window[this.options.configureEvent] : null;
         if (configure && configure.subscribe)
         {
            configure.subscribe(this.showConfiguration, this, true);
         }
      },

      search: function()
      {
         this.readFiltersFromForm();
         this.state.skipCount = 0;
         this.reload();
      },

      resetFilters: function()
      {
         this.state.filters = this.defaultFilters();
         this.applyFiltersToForm();
         this.state.skipCount = 0;
         this.reload();
      },

      /** Table and summary with the current filters. */
      reload: function()
      {
         this.updateCsvLink();
         this.updateMonthChip();
         this.loadPage();
         this.loadSummary();
      },

      /* ---------- the table ---------- */

      createTable: function()
      {
         var me = this;
         var columns =
         [
            { key: "select", label: "<span class=\"gdpr-sr\">" + $html(this.msg("column.select")) + "</span>", formatter: function(cell, record) { me.formatSelect(cell, record); } },
            { key: "name", label: this.msg("column.name"), sortable: true, formatter: function(cell, record) { me.formatName(cell, record); } },
            { key: "site", label: this.msg("column.site") },
            { key: "template", label: this.msg("column.template"), formatter: function(cell, record) { cell.innerHTML = $html(record.getData("template") ? record.getData("template").name : ""); } },
            { key: "retentionType", label: this.msg("column.type"), sortable: true, formatter: function(cell, record) { var t = record.getData("retentionType"); cell.innerHTML = $html(t ? (t.label || t.code) : ""); } },
            { key: "category", label: this.msg("column.category"), formatter: function(cell, record) { var c = record.getData("category"); cell.innerHTML = c ? $html(me.msg("category." + c)) : ""; } },
            { key: "expiryDate", label: this.msg("column.expiry"), sortable: true, formatter: function(cell, record) { cell.innerHTML = $html(record.getData("expiryDate") || me.msg("value.none")); } },
            { key: "status", label: this.msg("column.status"), sortable: true, formatter: function(cell, record) { me.formatStatus(cell, record); } },
            { key: "consentStatus", label: this.msg("column.consent"), formatter: function(cell, record) { var c = record.getData("consentStatus"); cell.innerHTML = c ? $html(me.msg("consent." + c)) : ""; } },
            { key: "onHold", label: this.msg("column.hold"), formatter: function(cell, record) { cell.innerHTML = record.getData("onHold") ? "<span class=\"gdpr-hold\">" + $html(me.msg("value.onHold")) + "</span>" : ""; } },
            { key: "actions", label: "<span class=\"gdpr-sr\">" + $html(this.msg("column.actions")) + "</span>", formatter: function(cell, record) { me.formatActions(cell, record); } }
         ];
         this.table = new YAHOO.widget.DataTable(this.id + "-table", columns, new YAHOO.util.LocalDataSource([]),
         {
            initialLoad: false,
            MSG_EMPTY: $html(this.msg("table.empty")),
            MSG_LOADING: $html(this.msg("table.loading")),
            MSG_ERROR: $html(this.msg("table.error")),
            summary: this.msg("table.summary")
         });
         // Sorting is the repository's: a header click asks for the first page in the new order.
         this.table.sortColumn = function(column, direction)
         {
            if (!SORTABLE[column.key])
            {
               return;
            }
            var dir = direction === YAHOO.widget.DataTable.CLASS_DESC ? "DESC" : direction === YAHOO.widget.DataTable.CLASS_ASC ? "ASC"
                  : (me.state.orderBy === column.key && me.state.direction === "ASC" ? "DESC" : "ASC");
            me.state.orderBy = column.key;
            me.state.direction = dir;
            me.state.skipCount = 0;
            me.loadPage();
         };
         this.table.subscribe("checkboxClickEvent", function(args)
         {
            var box = args.target, record = this.getRecord(box);
            me.toggleSelection(record.getData(), box.checked);
         });
         this.table.subscribe("buttonClickEvent", function(args)
         {
            var button = args.target, record = this.getRecord(button);
            me.onRowAction(button.getAttribute("data-action"), record.getData());
         });
      },

      createPaginator: function()
      {
         this.paginator = new YAHOO.widget.Paginator(
         {
            containers: [this.id + "-paginator"],
            rowsPerPage: this.state.maxItems,
            totalRecords: 0,
            template: "{FirstPageLink} {PreviousPageLink} {CurrentPageReport} {NextPageLink} {LastPageLink}",
            pageReportTemplate: this.msg("paging.report"),
            firstPageLinkLabel: $html(this.msg("paging.first")),
            previousPageLinkLabel: $html(this.msg("paging.previous")),
            nextPageLinkLabel: $html(this.msg("paging.next")),
            lastPageLinkLabel: $html(this.msg("paging.last")),
            alwaysVisible: false
         });
         this.paginator.subscribe("changeRequest", function(state)
         {
            this.state.skipCount = state.recordOffset;
            this.loadPage();
         }, this, true);
         this.paginator.render();
      },

      loadPage: function()
      {
         var me = this, state = this.state;
         var params = this.filterParams();
         params.orderBy = state.orderBy + " " + state.direction;
         params.skipCount = state.skipCount;
         params.maxItems = state.maxItems;
         this.table.showTableMessage($html(this.msg("table.loading")), YAHOO.widget.DataTable.CLASS_LOADING);
         this.announce(this.msg("table.loading"));
         this.setBusy(true);
         rest.get(rest.api("retentions?" + rest.query(params)), function(json)
         {
            me.setBusy(false);
            me.clearError();
            var list = json.list, rows = [];
            for (var i = 0; i < list.entries.length; i++)
            {
               rows.push(list.entries[i].entry);
            }
            me.entries = rows;
            me.selected = {};
            me.el("select-page").checked = false;
            me.updatePurgeButton();
            me.table.onDataReturnInitializeTable(null, { results: rows });
            me.table.set("sortedBy", { key: state.orderBy, dir: state.direction === "DESC" ? YAHOO.widget.DataTable.CLASS_DESC : YAHOO.widget.DataTable.CLASS_ASC });
            var total = list.pagination.totalItems !== undefined ? list.pagination.totalItems
                  : list.pagination.skipCount + list.pagination.count + (list.pagination.hasMoreItems ? 1 : 0);
            me.paginator.setState({ totalRecords: total, recordOffset: list.pagination.skipCount, rowsPerPage: state.maxItems });
            me.announce(rows.length === 0 ? me.msg("table.empty") : me.msg("table.loaded", list.pagination.skipCount + 1, list.pagination.skipCount + rows.length, total));
         }, function(text)
         {
            me.setBusy(false);
            me.entries = [];
            me.table.onDataReturnInitializeTable(null, { results: [] });
            me.table.showTableMessage($html(me.msg("table.error")), YAHOO.widget.DataTable.CLASS_ERROR);
            me.showError(text);
         });
      },

      setBusy: function(busy)
      {
         this.el("table").setAttribute("aria-busy", busy ? "true" : "false");
      },

      formatSelect: function(cell, record)
      {
         var entry = record.getData();
         cell.innerHTML = "<input type=\"checkbox\" class=\"gdpr-select\" aria-label=\"" + $html(this.msg("select.row", entry.name)) + "\""
               + (this.selected[entry.id] ? " checked=\"checked\"" : "") + (entry.canPurge ? "" : " disabled=\"disabled\"") + "/>";
      },

      formatName: function(cell, record)
      {
         var entry = record.getData();
         var site = entry.site || this.options.siteId;
         var url = Alfresco.constants.URL_PAGECONTEXT + (site ? "site/" + encodeURIComponent(site) + "/" : "")
               + "document-details?nodeRef=" + encodeURIComponent("workspace://SpacesStore/" + entry.id);
         cell.innerHTML = "<a href=\"" + $html(url) + "\">" + $html(entry.name) + "</a>";
      },

      formatStatus: function(cell, record)
      {
         var status = record.getData("status");
         cell.innerHTML = status ? "<span class=\"gdpr-status gdpr-status-" + $html(status.toLowerCase()) + "\">" + $html(this.msg("status." + status)) + "</span>" : "";
      },

      formatActions: function(cell, record)
      {
         var entry = record.getData(), html = "";
         if (!entry.onHold)
         {
            html += "<button type=\"button\" data-action=\"extension\" aria-label=\"" + $html(this.msg("action.requestExtension.for", entry.name)) + "\">" + $html(this.msg("action.requestExtension")) + "</button>";
         }
         if (this.options.officer)
         {
            html += entry.onHold
                  ? "<button type=\"button\" data-action=\"lift-hold\" aria-label=\"" + $html(this.msg("action.liftHold.for", entry.name)) + "\">" + $html(this.msg("action.liftHold")) + "</button>"
                  : "<button type=\"button\" data-action=\"place-hold\" aria-label=\"" + $html(this.msg("action.placeHold.for", entry.name)) + "\">" + $html(this.msg("action.placeHold")) + "</button>";
         }
         cell.innerHTML = html;
      },

      /* ---------- selection and purge ---------- */

      toggleSelection: function(entry, checked)
      {
         if (checked && entry.canPurge)
         {
            this.selected[entry.id] = entry;
         }
         else
         {
            delete this.selected[entry.id];
         }
         this.updatePurgeButton();
      },

      selectPage: function(checked)
      {
         this.selected = {};
         for (var i = 0; i < this.entries.length; i++)
         {
            if (checked && this.entries[i].canPurge)
            {
               this.selected[this.entries[i].id] = this.entries[i];
            }
         }
         var boxes = Dom.getElementsByClassName("gdpr-select", "input", this.el("table"));
         for (var b = 0; b < boxes.length; b++)
         {
            boxes[b].checked = checked && !boxes[b].disabled;
         }
         this.updatePurgeButton();
      },

      selectedIds: function()
      {
         var ids = [];
         for (var id in this.selected)
         {
            if (this.selected.hasOwnProperty(id))
            {
               ids.push(id);
            }
         }
         return ids;
      },

      updatePurgeButton: function()
      {
         var button = this.el("purge");
         if (button)
         {
            var count = this.selectedIds().length;
            button.disabled = count === 0;
            button.innerHTML = $html(count === 0 ? this.msg("button.purge") : this.msg("button.purge.count", count));
         }
      },

      /** Step 1: the repository's dry run for the selection. */
      startPurge: function()
      {
         var me = this, ids = this.selectedIds();
         if (ids.length === 0)
         {
            return;
         }
         this.showDialog(this.msg("purge.title"), "<p>" + $html(this.msg("purge.checking")) + "</p>", []);
         rest.post(rest.api("purges"), { nodeIds: ids, dryRun: true, forceReason: null }, function(json)
         {
            me.showPurgePreview(json.entry.outcomes);
         }, function(text)
         {
            me.closeDialog();
            me.showError(text);
         });
      },

      /** Step 2: what would happen per document; continue only when something would be purged. */
      showPurgePreview: function(outcomes)
      {
         var me = this, purgeable = [];
         for (var i = 0; i < outcomes.length; i++)
         {
            if (outcomes[i].outcome === "WOULD_PURGE")
            {
               purgeable.push(outcomes[i].nodeId);
            }
         }
         var body = "<p>" + $html(this.msg("purge.preview")) + "</p>" + this.outcomeList(outcomes);
         if (purgeable.length === 0)
         {
            this.showDialog(this.msg("purge.title"), body + "<p>" + $html(this.msg("purge.nothing")) + "</p>",
                  [{ label: this.msg("button.close"), fn: function() { me.closeDialog(); } }]);
            return;
         }
         this.showDialog(this.msg("purge.title"), body,
         [
            { label: this.msg("button.continue"), fn: function() { me.confirmPurge(purgeable); }, primary: true },
            { label: this.msg("button.cancel"), fn: function() { me.closeDialog(); } }
         ]);
      },

      /** Step 3: the count and that it cannot be undone. */
      confirmPurge: function(nodeIds)
      {
         var me = this;
         this.showDialog(this.msg("purge.title"), "<p class=\"gdpr-warning\">" + $html(this.msg("purge.confirm", nodeIds.length)) + "</p>",
         [
            { label: this.msg("button.purge.confirm", nodeIds.length), fn: function() { me.purge(nodeIds); }, primary: true, danger: true },
            { label: this.msg("button.cancel"), fn: function() { me.closeDialog(); } }
         ]);
      },

      /** Step 4: the purge itself and its result per document. */
      purge: function(nodeIds)
      {
         var me = this;
         this.showDialog(this.msg("purge.title"), "<p>" + $html(this.msg("purge.running")) + "</p>", []);
         rest.post(rest.api("purges"), { nodeIds: nodeIds, dryRun: false, forceReason: null }, function(json)
         {
            var outcomes = json.entry.outcomes, done = 0, refused = 0;
            for (var i = 0; i < outcomes.length; i++)
            {
               if (outcomes[i].outcome === "REFUSED")
               {
                  refused++;
               }
               else
               {
                  done++;
               }
            }
            me.showDialog(me.msg("purge.title"), "<p>" + $html(me.msg("purge.done", done, refused)) + "</p>" + me.outcomeList(outcomes),
                  [{ label: me.msg("button.close"), fn: function() { me.closeDialog(); } }]);
            me.announce(me.msg("purge.done", done, refused));
            me.reload();
         }, function(text)
         {
            me.closeDialog();
            me.showError(text);
            me.reload();
         });
      },

      outcomeList: function(outcomes)
      {
         var names = {}, html = "<ul class=\"gdpr-outcomes\">";
         for (var e = 0; e < this.entries.length; e++)
         {
            names[this.entries[e].id] = this.entries[e].name;
         }
         for (var i = 0; i < outcomes.length; i++)
         {
            var o = outcomes[i];
            html += "<li class=\"gdpr-outcome-" + $html(String(o.outcome).toLowerCase()) + "\"><strong>" + $html(names[o.nodeId] || o.nodeId) + "</strong>: "
                  + $html(this.msg("outcome." + o.outcome));
            if (o.outcome === "REFUSED" && (o.message || o.reason))
            {
               html += " (" + $html(o.message || o.reason) + ")";
            }
            if (o.binariesKept > 0)
            {
               html += "; " + $html(this.msg("outcome.binariesKept", o.binariesKept));
            }
            html += "</li>";
         }
         return html + "</ul>";
      },

      /* ---------- per-row actions ---------- */

      onRowAction: function(action, entry)
      {
         var me = this;
         if (action === "extension")
         {
            this.askReason(this.msg("extension.title", entry.name), this.msg("extension.reason"), function(reason)
            {
               rest.post(rest.api("extension-requests"), { nodeId: entry.id, reason: reason }, function()
               {
                  me.closeDialog();
                  me.announce(me.msg("extension.done", entry.name));
               }, function(text) { me.dialogError(text); });
            });
         }
         else if (action === "place-hold")
         {
            this.askReason(this.msg("hold.place.title", entry.name), this.msg("hold.reason"), function(reason)
            {
               rest.post(rest.api("retentions/" + encodeURIComponent(entry.id) + "/legal-holds"), { reason: reason }, function()
               {
                  me.closeDialog();
                  me.announce(me.msg("hold.placed", entry.name));
                  me.reload();
               }, function(text) { me.dialogError(text); });
            });
         }
         else if (action === "lift-hold")
         {
            this.askReason(this.msg("hold.lift.title", entry.name), this.msg("hold.reason"), function(reason)
            {
               rest.del(rest.api("retentions/" + encodeURIComponent(entry.id) + "/legal-holds/current?" + rest.query({ reason: reason })), function()
               {
                  me.closeDialog();
                  me.announce(me.msg("hold.lifted", entry.name));
                  me.reload();
               }, function(text) { me.dialogError(text); });
            });
         }
      },

      /** A dialog with one required reason field; onOk(reason) once it is filled in. */
      askReason: function(title, label, onOk)
      {
         var me = this, fieldId = this.id + "-reason";
         this.showDialog(title, "<label for=\"" + fieldId + "\">" + $html(label) + "</label><textarea id=\"" + fieldId + "\" rows=\"3\" aria-required=\"true\"></textarea>"
               + "<p id=\"" + this.id + "-dialog-error\" class=\"gdpr-error hidden\" role=\"alert\"></p>",
         [
            { label: this.msg("button.ok"), primary: true, fn: function()
               {
                  var reason = YAHOO.lang.trim(Dom.get(fieldId).value);
                  if (!reason)
                  {
                     me.dialogError(me.msg("reason.required"), true);
                     return;
                  }
                  onOk(reason);
               }
            },
            { label: this.msg("button.cancel"), fn: function() { me.closeDialog(); } }
         ]);
         Dom.get(fieldId).focus();
      },

      /* ---------- summary: totals per template and the chart ---------- */

      loadSummary: function()
      {
         var me = this;
         rest.get(rest.api("retention-summaries/-current-?" + rest.query(this.filterParams())), function(json)
         {
            me.learnCaller(json.entry.callerIsOfficer === true);
            me.renderTotals(json.entry.totalsPerTemplate || []);
            me.renderChart(json.entry.expiringPerMonth || []);
         }, function(text)
         {
            me.showError(text);
         });
      },

      /**
       * The first summary of the page says whether the caller is a GDPR officer (no separate request for it, and it
       * holds even when the table has no rows): officers get the purge button, the hold actions and the officer tabs;
       * for anyone else those controls are removed. Later summaries (filters changed) do not change it.
       */
      learnCaller: function(officer)
      {
         if (this.callerKnown)
         {
            return;
         }
         this.callerKnown = true;
         this.options.officer = officer;
         var controls = Dom.getElementsByClassName("gdpr-officer-only", null, this.el("body"));
         for (var i = 0; i < controls.length; i++)
         {
            if (!officer)
            {
               controls[i].parentNode.removeChild(controls[i]);
            }
            else if (controls[i].getAttribute("role") !== "tabpanel")
            {
               Dom.removeClass(controls[i], "hidden");
            }
         }
         if (officer && this.entries.length > 0)
         {
            // rows drawn before the answer get their officer actions now (with no rows, the table's message stays)
            this.table.render();
         }
      },

      colourOf: function(templateId)
      {
         if (!this.templateColours.hasOwnProperty(templateId))
         {
            var count = 0;
            for (var k in this.templateColours)
            {
               if (this.templateColours.hasOwnProperty(k))
               {
                  count++;
               }
            }
            this.templateColours[templateId] = PALETTE[count % PALETTE.length];
         }
         return this.templateColours[templateId];
      },

      renderTotals: function(totals)
      {
         var me = this, list = this.el("totals"), select = this.el("filter-template"), html = "";
         for (var i = 0; i < totals.length; i++)
         {
            var t = totals[i], id = t.template ? t.template.id : "", name = t.template ? t.template.name : this.msg("template.none");
            html += "<li><span class=\"gdpr-swatch\" style=\"background:" + this.colourOf(id) + "\" aria-hidden=\"true\"></span>"
                  + "<a href=\"#\" data-template=\"" + $html(id) + "\">" + $html(name) + "</a> <span class=\"gdpr-count\">" + $html(t.count) + "</span></li>";
            if (id && !this.hasOption(select, id))
            {
               select.options[select.options.length] = new Option(name, id);
            }
            else if (id)
            {
               for (var o = 0; o < select.options.length; o++)
               {
                  if (select.options[o].value === id)
                  {
                     select.options[o].text = name;
                  }
               }
            }
         }
         list.innerHTML = html || "<li>" + $html(this.msg("totals.none")) + "</li>";
         var links = list.getElementsByTagName("a");
         for (var l = 0; l < links.length; l++)
         {
            Event.on(links[l], "click", function(e)
            {
               Event.preventDefault(e);
               me.state.filters.template = this.getAttribute("data-template");
               me.setSelectValue(me.el("filter-template"), me.state.filters.template);
               me.state.skipCount = 0;
               me.reload();
            });
         }
      },

      /** Documents expiring per month over the next 12 months, stacked per template; a month is a filter button. */
      renderChart: function(perMonth)
      {
         var me = this, container = this.el("chart"), svgNs = "http://www.w3.org/2000/svg";
         var months = this.nextMonths(12), byMonth = {}, max = 0, i, j;
         for (i = 0; i < perMonth.length; i++)
         {
            var m = perMonth[i];
            (byMonth[m.month] = byMonth[m.month] || []).push(m);
         }
         for (i = 0; i < months.length; i++)
         {
            var sum = 0, parts = byMonth[months[i]] || [];
            for (j = 0; j < parts.length; j++)
            {
               sum += parts[j].count;
            }
            max = Math.max(max, sum);
         }
         container.innerHTML = "";
         var width = 480, height = 140, bottom = 18, barWidth = width / 12 - 8;
         var svg = document.createElementNS(svgNs, "svg");
         svg.setAttribute("viewBox", "0 0 " + width + " " + height);
         svg.setAttribute("class", "gdpr-chart-svg");
         svg.setAttribute("role", "group");
         svg.setAttribute("aria-label", this.msg("chart.title"));
         for (i = 0; i < months.length; i++)
         {
            var month = months[i], stack = byMonth[month] || [], total = 0, y = height - bottom;
            var group = document.createElementNS(svgNs, "g");
            for (j = 0; j < stack.length; j++)
            {
               total += stack[j].count;
            }
            group.setAttribute("class", "gdpr-month");
            group.setAttribute("data-month", month);
            group.setAttribute("tabindex", "0");
            group.setAttribute("role", "button");
            group.setAttribute("aria-label", this.msg("chart.month", month, total));
            var title = document.createElementNS(svgNs, "title");
            title.appendChild(document.createTextNode(this.msg("chart.month", month, total)));
            group.appendChild(title);
            var hit = document.createElementNS(svgNs, "rect");
            hit.setAttribute("x", i * (width / 12) + 2);
            hit.setAttribute("y", 0);
            hit.setAttribute("width", width / 12 - 4);
            hit.setAttribute("height", height - bottom);
            hit.setAttribute("class", "gdpr-month-hit");
            group.appendChild(hit);
            for (j = 0; j < stack.length; j++)
            {
               var h = max === 0 ? 0 : Math.round(stack[j].count / max * (height - bottom - 6));
               var bar = document.createElementNS(svgNs, "rect");
               y -= h;
               bar.setAttribute("x", i * (width / 12) + 4);
               bar.setAttribute("y", y);
               bar.setAttribute("width", barWidth);
               bar.setAttribute("height", h);
               bar.setAttribute("fill", this.colourOf(stack[j].template ? stack[j].template.id : ""));
               group.appendChild(bar);
            }
            var label = document.createElementNS(svgNs, "text");
            label.setAttribute("x", i * (width / 12) + width / 24);
            label.setAttribute("y", height - 4);
            label.setAttribute("text-anchor", "middle");
            label.appendChild(document.createTextNode(month.substring(5) + "/" + month.substring(2, 4)));
            group.appendChild(label);
            (function(m)
            {
               Event.on(group, "click", function() { me.filterMonth(m); });
               Event.on(group, "keydown", function(e)
               {
                  if (e.keyCode === 13 || e.keyCode === 32)
                  {
                     Event.preventDefault(e);
                     me.filterMonth(m);
                  }
               });
            })(month);
            svg.appendChild(group);
         }
         container.appendChild(svg);
      },

      /** "yyyy-MM" of this month and the next count-1 months. */
      nextMonths: function(count)
      {
         var now = new Date(), result = [];
         for (var i = 0; i < count; i++)
         {
            var d = new Date(now.getFullYear(), now.getMonth() + i, 1);
            result.push(d.getFullYear() + "-" + (d.getMonth() < 9 ? "0" : "") + (d.getMonth() + 1));
         }
         return result;
      },

      filterMonth: function(month)
      {
         var year = parseInt(month.substring(0, 4), 10), m = parseInt(month.substring(5, 7), 10);
         var last = new Date(year, m, 0).getDate();
         this.state.filters.expiryFrom = month + "-01";
         this.state.filters.expiryTo = month + "-" + (last < 10 ? "0" : "") + last;
         this.el("filter-expiry").value = this.state.filters.expiryTo;
         this.state.skipCount = 0;
         this.reload();
      },

      updateMonthChip: function()
      {
         var me = this, chip = this.el("month-filter"), f = this.state.filters;
         if (f.expiryFrom)
         {
            chip.innerHTML = $html(this.msg("filter.month", f.expiryFrom, f.expiryTo)) + " <button type=\"button\">" + $html(this.msg("filter.month.clear")) + "</button>";
            Dom.removeClass(chip, "hidden");
            Event.on(chip.getElementsByTagName("button")[0], "click", function()
            {
               me.state.filters.expiryFrom = "";
               me.state.filters.expiryTo = "";
               me.el("filter-expiry").value = "";
               me.state.skipCount = 0;
               me.reload();
            });
         }
         else
         {
            chip.innerHTML = "";
            Dom.addClass(chip, "hidden");
         }
      },

      updateCsvLink: function()
      {
         var params = this.filterParams();
         params.orderBy = this.state.orderBy + " " + this.state.direction;
         this.el("csv").href = rest.webscript("gdpr/retentions.csv?" + rest.query(params));
      },

      /** The retention types for the type filter, labels in the user's language. */
      loadTypes: function()
      {
         var me = this;
         rest.get(rest.api("retention-types?maxItems=1000"), function(json)
         {
            var select = me.el("filter-type"), current = me.state.filters.retentionType;
            var entries = json.list.entries;
            for (var i = 0; i < entries.length; i++)
            {
               var t = entries[i].entry;
               if (!me.hasOption(select, t.code))
               {
                  select.options[select.options.length] = new Option(t.label || t.code, t.code);
               }
            }
            select.value = current;
         }, function(text)
         {
            me.showError(text);
         });
      },

      /* ---------- tabs ---------- */

      showTab: function(name)
      {
         var tabs = ["overview", "requests", "sweeps"];
         for (var i = 0; i < tabs.length; i++)
         {
            var tab = this.el("tab-" + tabs[i]), panel = this.el("panel-" + tabs[i]);
            if (tab)
            {
               var active = tabs[i] === name;
               tab.setAttribute("aria-selected", active ? "true" : "false");
               tab.setAttribute("tabindex", active ? "0" : "-1");
               Dom[active ? "removeClass" : "addClass"](panel, "hidden");
            }
         }
         this.stopSweepPolling();
         if (name === "requests")
         {
            this.loadRequests();
         }
         else if (name === "sweeps")
         {
            this.loadSweeps();
         }
      },

      /** Arrow keys move between tabs, as a tab list does. */
      onTabKey: function(e, name)
      {
         var tabs = [], all = ["overview", "requests", "sweeps"];
         for (var i = 0; i < all.length; i++)
         {
            if (this.el("tab-" + all[i]))
            {
               tabs.push(all[i]);
            }
         }
         var index = -1;
         for (var t = 0; t < tabs.length; t++)
         {
            if (tabs[t] === name)
            {
               index = t;
            }
         }
         if (e.keyCode === 39 || e.keyCode === 37)
         {
            Event.preventDefault(e);
            var next = tabs[(index + (e.keyCode === 39 ? 1 : tabs.length - 1)) % tabs.length];
            this.showTab(next);
            this.el("tab-" + next).focus();
         }
      },

      /* ---------- pending extension requests ---------- */

      loadRequests: function()
      {
         var me = this, container = this.el("requests");
         container.innerHTML = "<p>" + $html(this.msg("table.loading")) + "</p>";
         rest.get(rest.api("extension-requests?" + rest.query({ state: "PENDING", maxItems: 100 })), function(json)
         {
            me.renderRequests(json.list.entries);
         }, function(text)
         {
            container.innerHTML = "";
            me.showError(text);
         });
      },

      renderRequests: function(entries)
      {
         var me = this, container = this.el("requests");
         if (entries.length === 0)
         {
            container.innerHTML = "<p class=\"gdpr-empty\">" + $html(this.msg("requests.empty")) + "</p>";
            return;
         }
         var html = "<table class=\"gdpr-requests\"><caption class=\"gdpr-sr\">" + $html(this.msg("tab.requests")) + "</caption><thead><tr>"
               + "<th scope=\"col\">" + $html(this.msg("column.name")) + "</th><th scope=\"col\">" + $html(this.msg("requests.requestedBy")) + "</th>"
               + "<th scope=\"col\">" + $html(this.msg("requests.reason")) + "</th><th scope=\"col\">" + $html(this.msg("requests.expiry")) + "</th>"
               + "<th scope=\"col\">" + $html(this.msg("requests.decision")) + "</th></tr></thead><tbody>";
         for (var i = 0; i < entries.length; i++)
         {
            var r = entries[i].entry, commentId = this.id + "-comment-" + i;
            html += "<tr><td>" + $html(r.documentName) + "</td><td>" + $html(r.requestedBy) + "</td><td>" + $html(r.reason) + "</td>"
                  + "<td>" + $html(this.msg("requests.expiryChange", r.currentExpiry || "", r.proposedExpiry || "")) + "</td><td>"
                  + "<label class=\"gdpr-sr\" for=\"" + commentId + "\">" + $html(this.msg("requests.comment.for", r.documentName)) + "</label>"
                  + "<input type=\"text\" id=\"" + commentId + "\" placeholder=\"" + $html(this.msg("requests.comment")) + "\"/>"
                  + "<button type=\"button\" data-request=\"" + $html(r.id) + "\" data-decision=\"approve\" data-comment=\"" + commentId + "\">" + $html(this.msg("requests.approve")) + "</button>"
                  + "<button type=\"button\" data-request=\"" + $html(r.id) + "\" data-decision=\"deny\" data-comment=\"" + commentId + "\">" + $html(this.msg("requests.deny")) + "</button>"
                  + "</td></tr>";
         }
         container.innerHTML = html + "</tbody></table>";
         var buttons = container.getElementsByTagName("button");
         for (var b = 0; b < buttons.length; b++)
         {
            Event.on(buttons[b], "click", function()
            {
               var id = this.getAttribute("data-request"), decision = this.getAttribute("data-decision");
               var comment = YAHOO.lang.trim(Dom.get(this.getAttribute("data-comment")).value);
               me.decide(id, decision, comment);
            });
         }
      },

      decide: function(requestId, decision, comment)
      {
         var me = this;
         rest.post(rest.api("extension-requests/" + encodeURIComponent(requestId) + "/" + decision), { comment: comment }, function()
         {
            me.announce(me.msg(decision === "approve" ? "requests.approved" : "requests.denied"));
            me.loadRequests();
            me.reload();
         }, function(text)
         {
            me.showError(text);
         });
      },

      /* ---------- orphaned files: the sweeps ---------- */

      loadSweeps: function()
      {
         var me = this;
         rest.get(rest.api("sweeps"), function(json)
         {
            me.renderSweeps(json.list.entries);
         }, function(text)
         {
            me.showError(text);
         });
      },

      renderSweeps: function(entries)
      {
         var me = this, container = this.el("sweeps"), anyRunning = false;
         var html = "<table class=\"gdpr-sweeps\"><caption class=\"gdpr-sr\">" + $html(this.msg("tab.sweeps")) + "</caption><thead><tr>"
               + "<th scope=\"col\">" + $html(this.msg("sweeps.name")) + "</th><th scope=\"col\">" + $html(this.msg("sweeps.last")) + "</th>"
               + "<th scope=\"col\">" + $html(this.msg("sweeps.state")) + "</th><th scope=\"col\"><span class=\"gdpr-sr\">" + $html(this.msg("column.actions")) + "</span></th></tr></thead><tbody>";
         for (var i = 0; i < entries.length; i++)
         {
            var s = entries[i].entry, last = s.lastResult, name = this.msg("sweep." + s.id);
            anyRunning = anyRunning || s.running;
            html += "<tr><td>" + $html(name) + "</td><td>" + (last ? $html(this.msg(last.dryRun ? "sweeps.result.dry" : "sweeps.result",
                     last.finishedAt || last.startedAt || "", last.count, this.size(last.bytes), last.removed || 0, last.problems || 0)) : $html(this.msg("sweeps.never"))) + "</td>"
                  + "<td>" + (s.running ? $html(this.msg("sweeps.running", s.progress ? s.progress.processed : 0, s.progress && s.progress.total ? s.progress.total : "?")) : $html(this.msg("sweeps.idle"))) + "</td>"
                  + "<td><button type=\"button\" data-sweep=\"" + $html(s.id) + "\" data-dry=\"true\"" + (s.running ? " disabled=\"disabled\"" : "") + " aria-label=\"" + $html(this.msg("sweeps.dryRun.for", name)) + "\">" + $html(this.msg("sweeps.dryRun")) + "</button>"
                  + "<button type=\"button\" data-sweep=\"" + $html(s.id) + "\" data-dry=\"false\"" + (s.running || !last || !last.dryRun ? " disabled=\"disabled\"" : "") + " aria-label=\"" + $html(this.msg("sweeps.run.for", name)) + "\">" + $html(this.msg("sweeps.run")) + "</button></td></tr>";
         }
         container.innerHTML = html + "</tbody></table><p class=\"gdpr-hint\">" + $html(this.msg("sweeps.hint")) + "</p>";
         var buttons = container.getElementsByTagName("button");
         for (var b = 0; b < buttons.length; b++)
         {
            Event.on(buttons[b], "click", function()
            {
               var id = this.getAttribute("data-sweep");
               if (this.getAttribute("data-dry") === "true")
               {
                  me.runSweep(id, true);
               }
               else
               {
                  me.confirmSweep(id);
               }
            });
         }
         this.stopSweepPolling();
         if (anyRunning)
         {
            this.sweepTimer = window.setTimeout(function() { me.loadSweeps(); }, 3000);
         }
      },

      confirmSweep: function(id)
      {
         var me = this;
         this.showDialog(this.msg("sweep." + id), "<p class=\"gdpr-warning\">" + $html(this.msg("sweeps.confirm")) + "</p>",
         [
            { label: this.msg("sweeps.run"), primary: true, danger: true, fn: function() { me.closeDialog(); me.runSweep(id, false); } },
            { label: this.msg("button.cancel"), fn: function() { me.closeDialog(); } }
         ]);
      },

      runSweep: function(id, dryRun)
      {
         var me = this;
         rest.post(rest.api("sweeps/" + encodeURIComponent(id) + "/run"), { dryRun: dryRun }, function()
         {
            me.announce(me.msg("sweeps.started", me.msg("sweep." + id)));
            me.loadSweeps();
         }, function(text)
         {
            me.showError(text);
            me.loadSweeps();
         });
      },

      stopSweepPolling: function()
      {
         if (this.sweepTimer)
         {
            window.clearTimeout(this.sweepTimer);
            this.sweepTimer = null;
         }
      },

      size: function(bytes)
      {
         var units = ["B", "KB", "MB", "GB", "TB"], value = bytes || 0, unit = 0;
         while (value >= 1024 && unit < units.length - 1)
         {
            value = value / 1024;
            unit++;
         }
         return (unit === 0 ? value : value.toFixed(1)) + " " + units[unit];
      },

      /* ---------- configuration (title bar) ---------- */

      showConfiguration: function()
      {
         var me = this, sizeId = this.id + "-config-size", statusId = this.id + "-config-status", templateId = this.id + "-config-template";
         var html = "<label for=\"" + sizeId + "\">" + $html(this.msg("config.pageSize")) + "</label><select id=\"" + sizeId + "\">";
         for (var i = 0; i < PAGE_SIZES.length; i++)
         {
            html += "<option value=\"" + PAGE_SIZES[i] + "\"" + (PAGE_SIZES[i] === this.state.maxItems ? " selected=\"selected\"" : "") + ">" + PAGE_SIZES[i] + "</option>";
         }
         html += "</select><label for=\"" + statusId + "\">" + $html(this.msg("config.status")) + "</label><select id=\"" + statusId + "\"><option value=\"\">" + $html(this.msg("filter.all")) + "</option>";
         for (var s = 0; s < STATUSES.length; s++)
         {
            html += "<option value=\"" + STATUSES[s] + "\"" + (STATUSES[s] === this.options.defaultStatus ? " selected=\"selected\"" : "") + ">" + $html(this.msg("status." + STATUSES[s])) + "</option>";
         }
         html += "</select><label for=\"" + templateId + "\">" + $html(this.msg("config.template")) + "</label><select id=\"" + templateId + "\">";
         var templates = this.el("filter-template").options;
         for (var t = 0; t < templates.length; t++)
         {
            html += "<option value=\"" + $html(templates[t].value) + "\"" + (templates[t].value === this.options.defaultTemplate ? " selected=\"selected\"" : "") + ">" + $html(templates[t].text) + "</option>";
         }
         html += "</select><p id=\"" + this.id + "-dialog-error\" class=\"gdpr-error hidden\" role=\"alert\"></p>";
         this.showDialog(this.msg("config.title"), html,
         [
            { label: this.msg("button.save"), primary: true, fn: function()
               {
                  me.saveConfiguration(parseInt(Dom.get(sizeId).value, 10), Dom.get(statusId).value, Dom.get(templateId).value);
               }
            },
            { label: this.msg("button.cancel"), fn: function() { me.closeDialog(); } }
         ]);
      },

      /** Saved as the dashlet's own properties (Share's dashlet configuration service), then applied. */
      saveConfiguration: function(pageSize, status, template)
      {
         var me = this;
         rest.post(Alfresco.constants.URL_SERVICECONTEXT + "modules/dashlet/config/" + encodeURIComponent(this.options.componentId),
               { pageSize: String(pageSize), status: status, template: template }, function()
         {
            me.options.pageSize = pageSize;
            me.options.defaultStatus = status;
            me.options.defaultTemplate = template;
            me.state.maxItems = pageSize;
            me.closeDialog();
            me.resetFilters();
         }, function(text)
         {
            me.dialogError(text);
         });
      },

      /* ---------- dialog, messages for people and screen readers ---------- */

      /** buttons: [{label, fn, primary, danger}] */
      showDialog: function(title, bodyHtml, buttons)
      {
         var me = this, dialog = this.el("dialog"), holder = this.el("dialog-buttons");
         this.el("dialog-title").innerHTML = $html(title);
         this.el("dialog-body").innerHTML = bodyHtml;
         holder.innerHTML = "";
         for (var i = 0; i < buttons.length; i++)
         {
            var button = document.createElement("button");
            button.type = "button";
            button.className = (buttons[i].primary ? "gdpr-primary" : "") + (buttons[i].danger ? " gdpr-danger" : "");
            button.appendChild(document.createTextNode(buttons[i].label));
            Event.on(button, "click", buttons[i].fn);
            holder.appendChild(button);
         }
         Dom.removeClass(dialog, "hidden");
         if (!this.dialogKeyBound)
         {
            this.dialogKeyBound = true;
            Event.on(dialog, "keydown", function(e)
            {
               if (e.keyCode === 27)
               {
                  me.closeDialog();
               }
            });
         }
         var first = holder.getElementsByTagName("button")[0];
         if (first)
         {
            first.focus();
         }
      },

      /** An error inside the open dialog: the repository's words, or (own) a message of the dashlet itself. */
      dialogError: function(text, own)
      {
         var target = Dom.get(this.id + "-dialog-error");
         if (target)
         {
            target.innerHTML = $html(own ? text : this.errorMessage(text));
            Dom.removeClass(target, "hidden");
         }
         else
         {
            this.showError(text);
         }
      },

      closeDialog: function()
      {
         Dom.addClass(this.el("dialog"), "hidden");
         this.el("dialog-body").innerHTML = "";
         this.el("dialog-buttons").innerHTML = "";
      },

      errorMessage: function(text)
      {
         return text ? this.msg("error.repository", text) : this.msg("error.connection");
      },

      showError: function(text)
      {
         var target = this.el("error");
         target.innerHTML = $html(this.errorMessage(text));
         Dom.removeClass(target, "hidden");
      },

      clearError: function()
      {
         var target = this.el("error");
         target.innerHTML = "";
         Dom.addClass(target, "hidden");
      },

      announce: function(text)
      {
         this.el("status").innerHTML = $html(text);
      }
   };
})();
