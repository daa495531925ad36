/*
 * Stand-ins for the few Share globals the module's JavaScript uses, behaving as Share's own do where it matters:
 * the CSRF policy reads the token from the Alfresco-CSRFToken cookie (as Share's CSRFPolicy does), the title bar
 * actions fire their eventOnClick custom event on click or Enter, registered document library actions and
 * renderers are collected, prompts are rendered into the page with real buttons.
 */
var Alfresco = window.Alfresco || {};
Alfresco.constants = {
   URL_CONTEXT: "/share/",
   URL_PAGECONTEXT: "/share/page/",
   URL_SERVICECONTEXT: "/share/service/",
   PROXY_URI: "/share/proxy/alfresco/"
};
Alfresco.util = Alfresco.util || {};
Alfresco.util.CSRFPolicy = {
   isFilterEnabled: function() { return true; },
   getHeader: function() { return "Alfresco-CSRFToken"; },
   getToken: function()
   {
      var match = document.cookie.match(/(?:^|;\s*)Alfresco-CSRFToken=([^;]*)/);
      return match ? decodeURIComponent(match[1]) : null;
   }
};
Alfresco.messages = { global: {} };
Alfresco.util.message = function(key)
{
   return Alfresco.messages.global.hasOwnProperty(key) ? Alfresco.messages.global[key] : key;
};
Alfresco.util.PopupManager = {
   displayMessage: function(config)
   {
      var el = document.getElementById("standin-messages");
      var p = document.createElement("p");
      p.appendChild(document.createTextNode(config.text));
      el.appendChild(p);
   },
   displayPrompt: function(config)
   {
      var holder = document.getElementById("standin-prompt");
      holder.innerHTML = "";
      var prompt = document.createElement("div");
      prompt.className = "standin-prompt";
      var title = document.createElement("h3");
      title.appendChild(document.createTextNode(config.title || ""));
      prompt.appendChild(title);
      var body = document.createElement("div");
      body.className = "standin-prompt-text";
      if (config.noEscape) { body.innerHTML = config.text; } else { body.appendChild(document.createTextNode(config.text)); }
      prompt.appendChild(body);
      var dialog = { destroy: function() { holder.innerHTML = ""; } };
      var buttons = config.buttons || [{ text: "OK", handler: function() { this.destroy(); } }];
      for (var i = 0; i < buttons.length; i++)
      {
         (function(button)
         {
            var b = document.createElement("button");
            b.type = "button";
            b.appendChild(document.createTextNode(button.text));
            b.onclick = function() { button.handler.call(dialog); };
            prompt.appendChild(b);
         })(buttons[i]);
      }
      holder.appendChild(prompt);
   }
};
Alfresco.widget = Alfresco.widget || {};
Alfresco.widget.DashletResizer = function(htmlId, componentId)
{
   window.standinResizer = { htmlId: htmlId, componentId: componentId };
   return this;
};
Alfresco.widget.DashletResizer.prototype.setOptions = function() { return this; };
Alfresco.widget.DashletTitleBarActions = function(htmlId)
{
   this.htmlId = htmlId;
   return this;
};
Alfresco.widget.DashletTitleBarActions.prototype.setOptions = function(options)
{
   var htmlId = this.htmlId;
   YAHOO.util.Event.onDOMReady(function()
   {
      var title = document.getElementById(htmlId + "-title");
      for (var i = 0; i < options.actions.length; i++)
      {
         (function(action)
         {
            var b = document.createElement("button");
            b.type = "button";
            b.className = "titlebar-" + action.cssClass;
            b.title = action.tooltip;
            b.appendChild(document.createTextNode(action.tooltip));
            b.onclick = function(e)
            {
               if (action.eventOnClick) { action.eventOnClick.fire({ event: e }); }
            };
            title.appendChild(b);
         })(options.actions[i]);
      }
   });
   return this;
};
YAHOO.Bubbling = {
   actions: {},
   renderers: {},
   events: [],
   fire: function(name, args)
   {
      if (name === "registerAction") { this.actions[args.actionName] = args.fn; }
      else if (name === "registerRenderer") { this.renderers[args.propertyName] = args.renderer; }
      else { this.events.push(name); }
   }
};
