/**
 * GDPR Retention: calls to the repository's GDPR REST API through Share's proxy, shared by the dashlet and the
 * document library actions. Every request that changes something carries Share's CSRF token, so it works with
 * Share's CSRF filter on; answers are JSON, and a failure is turned into the repository's own words.
 */
var GdprRetention = window.GdprRetention || {};

(function()
{
   var Connect = YAHOO.util.Connect;

   GdprRetention.rest =
   {
      /** The API through Share's proxy: /share/proxy/alfresco-api/-default-/private/gdpr/versions/1/... */
      api: function(path)
      {
         return Alfresco.constants.URL_CONTEXT + "proxy/alfresco-api/-default-/private/gdpr/versions/1/" + path;
      },

      /** A repository web script through Share's proxy: /share/proxy/alfresco/... */
      webscript: function(path)
      {
         return Alfresco.constants.PROXY_URI + path;
      },

      /** "a=1&b=2" from an object; arrays repeat the name, empty values are left out. */
      query: function(params)
      {
         var parts = [], name, values, i;
         for (name in params)
         {
            if (params.hasOwnProperty(name))
            {
               values = YAHOO.lang.isArray(params[name]) ? params[name] : [params[name]];
               for (i = 0; i < values.length; i++)
               {
                  if (values[i] !== null && values[i] !== undefined && values[i] !== "")
                  {
                     parts.push(encodeURIComponent(name) + "=" + encodeURIComponent(values[i]));
                  }
               }
            }
         }
         return parts.join("&");
      },

      /**
       * One request. onSuccess(json, response) gets the parsed body (null when empty, e.g. 204);
       * onFailure(text, response) gets the repository's error summary, or a connection message.
       */
      request: function(method, url, body, onSuccess, onFailure, scope)
      {
         var changing = method !== "GET";
         if (changing && Alfresco.util.CSRFPolicy && Alfresco.util.CSRFPolicy.isFilterEnabled())
         {
            Connect.initHeader(Alfresco.util.CSRFPolicy.getHeader(), Alfresco.util.CSRFPolicy.getToken(), false);
         }
         Connect.initHeader("Accept", "application/json", false);
         // Connect would send its own form content type on a POST: swap it for JSON for this request only.
         var defaultPostHeader = Connect._default_post_header;
         if (body !== null && body !== undefined)
         {
            Connect.setDefaultPostHeader("application/json");
            Connect.initHeader("Content-Type", "application/json", false);
         }
         try
         {
            Connect.asyncRequest(method, url,
            {
               success: function(response)
               {
                  var json = null;
                  if (response.responseText)
                  {
                     try
                     {
                        json = YAHOO.lang.JSON.parse(response.responseText);
                     }
                     catch (e)
                     {
                        onFailure.call(scope, GdprRetention.rest.errorText(response), response);
                        return;
                     }
                  }
                  onSuccess.call(scope, json, response);
               },
               failure: function(response)
               {
                  onFailure.call(scope, GdprRetention.rest.errorText(response), response);
               }
            }, body === null || body === undefined ? null : YAHOO.lang.JSON.stringify(body));
         }
         finally
         {
            Connect.setDefaultPostHeader(defaultPostHeader);
         }
      },

      get: function(url, onSuccess, onFailure, scope)
      {
         GdprRetention.rest.request("GET", url, null, onSuccess, onFailure, scope);
      },

      post: function(url, body, onSuccess, onFailure, scope)
      {
         GdprRetention.rest.request("POST", url, body || {}, onSuccess, onFailure, scope);
      },

      del: function(url, onSuccess, onFailure, scope)
      {
         GdprRetention.rest.request("DELETE", url, null, onSuccess, onFailure, scope);
      },

      /** The v1 API's error summary ({"error":{"briefSummary"}}), else "HTTP <status> <text>"; "" when unreachable. */
      errorText: function(response)
      {
         if (!response || !response.status)
         {
            return "";
         }
         try
         {
            var json = YAHOO.lang.JSON.parse(response.responseText);
            if (json && json.error && json.error.briefSummary)
            {
               return String(json.error.briefSummary);
            }
         }
         catch (e)
         {
            // not the API's JSON: the status line says what happened
         }
         return "HTTP " + response.status + (response.statusText ? " " + response.statusText : "");
      },

      /** Text for HTML. */
      html: function(text)
      {
         return String(text === null || text === undefined ? "" : text).replace(/&/g, "&amp;").replace(/</g, "&lt;")
               .replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
      },

      /** A message with {0}, {1}... filled in. */
      format: function(text, args)
      {
         return String(text).replace(/\{(\d+)\}/g, function(match, index)
         {
            var value = args ? args[parseInt(index, 10)] : undefined;
            return value === undefined ? match : String(value);
         });
      }
   };
})();
