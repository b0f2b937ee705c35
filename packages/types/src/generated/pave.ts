/**
 * Generated from openapi/pave.yaml by `pnpm nx run types:generate`. Do not edit by hand:
 * change the spec and regenerate.
 */

export interface paths {
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a session
         * @description Creates one inspection session for one customer and returns its `session_key` and
         *     `capture_url`. Send the customer the capture URL; they can leave and come back to it
         *     until the session completes or expires.
         *
         *     Every part of the body is optional. Sending `vehicle.vin`, `year`, `make` and `model`
         *     lets PAVE skip VIN capture and decoding. Sending `sms.to` makes PAVE text the link to
         *     the customer; without SMS, send a `session.redirect_url` so the customer lands
         *     somewhere useful when done.
         *
         *     PAVE documents the success status as 201; another of its pages shows 200 for the same
         *     call. Both carry the same body and both mean the session exists.
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key returned when the session was created.
                 * @example XXX-ABCDE12345
                 */
                session_key: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        /**
         * Get a session
         * @description The session as it is now: status, settings, and the vehicle once it is known. The
         *     `vehicle` object is missing until the VIN has been captured and decoded.
         */
        get: operations["getSession"];
        /**
         * Update a session
         * @description Changes what was sent when the session was created. PAVE applies a rule per field:
         *
         *     - `session.redirect_url` and `session.language` can change until the session is
         *       `COMPLETE`;
         *     - `session.theme` can change only while the session is `IDLE`;
         *     - `sms.to` can change only before the session starts, and only when the SMS could not
         *       be delivered.
         *
         *     What PAVE answers when a rule is broken is not documented; a 400 with the assumed
         *     error shape is declared.
         */
        put: operations["updateSession"];
        post?: never;
        /**
         * Delete a session
         * @description Removes a session the customer has not started, that is one still `IDLE`.
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_key}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key returned when the session was created.
                 * @example XXX-ABCDE12345
                 */
                session_key: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        /**
         * List a session's photos
         * @description The photos captured so far, each with PAVE's quality check. The list fills in while
         *     the customer captures; a retaken photo keeps its place and gets a new `updated_at`.
         */
        get: operations["listSessionPhotos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_key}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key returned when the session was created.
                 * @example XXX-ABCDE12345
                 */
                session_key: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        /**
         * Get a session's notes
         * @description Notes attached to the session, for example by staff in PAVE's dashboard. PAVE lists
         *     this endpoint but its page could not be read, so the response shape is unknown and
         *     left open: treat it as untyped JSON until it has been checked against the live API.
         */
        get: operations["getSessionNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_key}/results": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key returned when the session was created.
                 * @example XXX-ABCDE12345
                 */
                session_key: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        /**
         * Get a session's results
         * @description The final vehicle, photo and inspection results of a `COMPLETE` session. The body is
         *     the same as the `SESSION:COMPLETE` webhook's. Before completion PAVE answers
         *     "Session is not yet completed." with a status code its docs do not show. It is
         *     declared as the `4XX` range and, for generators that cannot read ranges, as 400 (the
         *     status PAVE gives a delete that comes too late) and 409, the likeliest codes.
         */
        get: operations["getSessionResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List callbacks
         * @description Every webhook registration of the API key that signed the request.
         */
        get: operations["listCallbacks"];
        put?: never;
        /**
         * Register a callback
         * @description Registers the URL PAVE calls when `event` happens. `headers` are sent with every
         *     delivery and are the only way to authenticate PAVE's calls to you: PAVE documents no
         *     signature. `payload` is merged into the event's default body. What happens when the
         *     event already has a registration is not documented.
         */
        post: operations["createCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/callbacks/{event}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event the registration is for.
                 * @example SESSION:COMPLETE
                 */
                event: components["parameters"]["CallbackEventPath"];
            };
            cookie?: never;
        };
        /**
         * Get a callback
         * @description The registration for one event.
         */
        get: operations["getCallback"];
        /**
         * Update a callback
         * @description Replaces the registration for one event.
         */
        put: operations["updateCallback"];
        post?: never;
        /**
         * Remove a callback
         * @description Deletes the registration for one event; PAVE stops calling you for it.
         */
        delete: operations["deleteCallback"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "SESSION:SMS_PROCESS": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SMS delivery changed state
         * @description Sent when the SMS carrying the capture link is delivered or fails. PAVE sends the
         *     `headers` and merges the `payload` you registered for this event.
         */
        post: operations["onSmsProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "SESSION:STAGE_CHANGE": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A photo was captured
         * @description Sent each time the customer captures a photo, with PAVE's verdict on it.
         */
        post: operations["onStageChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "SESSION:STATUS_CHANGE": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The session's status changed
         * @description Sent when the session moves to another status. PAVE documents the event but not its
         *     body; the fields below are assumed from the session record and kept open.
         */
        post: operations["onStatusChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "SESSION:COMPLETE": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The session is complete
         * @description Sent when the customer confirms the results. The body is the session results.
         */
        post: operations["onSessionComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "SESSION:NOTE_INSERT": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A note was added to the session
         * @description Listed on PAVE's webhooks overview but missing from its callback table; the body is
         *     not documented and is left open.
         */
        post: operations["onNoteInsert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description Everything PAVE accepts when creating a session. Every part is optional; unknown
         *     top-level keys are refused so that a misspelled object name is caught before sending.
         */
        CreateSessionRequest: {
            vehicle?: components["schemas"]["Vehicle"];
            sms?: components["schemas"]["SmsOptions"];
            options?: components["schemas"]["SessionOptions"];
            session?: components["schemas"]["SessionSettings"];
        };
        /** @description The parts of a session to change; at least one. Each part is as on create. */
        UpdateSessionRequest: {
            vehicle?: components["schemas"]["Vehicle"];
            sms?: components["schemas"]["SmsOptions"];
            options?: components["schemas"]["SessionOptions"];
            session?: components["schemas"]["SessionSettings"];
        };
        /**
         * @description The vehicle to inspect, as far as you know it. Sending `vin`, `year`, `make`, `model`
         *     and `body_type` together lets the customer skip VIN capture; PAVE calls these "primary
         *     if skipping VIN decode", which is advice, not a requirement, so no field is required.
         *     The values also appear in the results.
         */
        Vehicle: {
            /**
             * @description The 17-character vehicle identification number.
             * @example JN1CV6AR9BMXXXXXX
             */
            vin?: string;
            /**
             * @description The model year. PAVE's table calls it numeric while its own sample sends the string
             *     "2011", so both a number and a four-digit string are accepted.
             * @example 2011
             * @example 2011
             */
            year?: number | string;
            /**
             * @description The manufacturer.
             * @example Infiniti
             */
            make?: string;
            /**
             * @description The model.
             * @example G37
             */
            model?: string;
            /**
             * @description The body style, such as sedan or SUV.
             * @example Sedan
             */
            body_type?: string;
            /**
             * @description The trim level or feature package.
             * @example Luxury
             */
            trim?: string;
            /**
             * @description The transmission type.
             * @example Automatic
             */
            transmission?: string;
            /**
             * @description The exterior colour.
             * @example Malbec Black
             */
            ext_col?: string;
            /**
             * @description The interior colour.
             * @example Wheat
             */
            int_col?: string;
            /**
             * @description The odometer reading, in `odom_unit`. PAVE's create page types it "numeric", so a
             *     reading with a fraction is accepted; PAVE's samples send whole numbers.
             * @example 330477
             */
            odom_reading?: number;
            odom_unit?: components["schemas"]["OdometerUnit"];
        };
        /**
         * @description The unit of `odom_reading`. PAVE names `KILOMETRES` (British spelling) and `MILES` as
         *     examples, not as a closed list, so other strings are accepted.
         * @example KILOMETRES
         */
        OdometerUnit: ("KILOMETRES" | "MILES") | string;
        /**
         * @description Optional delivery of the capture link by text message. Without `to`, PAVE texts the
         *     `from` number once the session is complete.
         */
        SmsOptions: {
            /**
             * @description The customer's mobile number, which receives the capture link.
             * @example 647-455-XXXX
             */
            to?: string;
            /**
             * @description The customer's name, used in the message.
             * @example Jane Smith
             */
            to_name?: string;
            /**
             * @description A mobile number on your team that receives the results link when the customer finishes.
             * @example 647-422-XXXX
             */
            from?: string;
            /**
             * @description Who the link comes from, as named in the message (your business).
             * @example Steve's Test Dealer
             */
            by?: string;
            send_results_to_phototaker?: components["schemas"]["LooseBoolean"];
        };
        /**
         * @description Whether to also send the results link to the person who took the photos. PAVE's
         *     sample sends the string "false", so the strings "true" and "false" are accepted
         *     besides JSON booleans.
         * @example false
         */
        LooseBoolean: boolean | ("true" | "false");
        /** @description Optional settings that tailor the session to the customer. */
        SessionOptions: {
            client_id?: components["schemas"]["ClientId"];
            contact?: components["schemas"]["Contact"];
        };
        /**
         * @description How the customer's session looks and where it leads. PAVE's create page names this
         *     object only through its error keys (`session.redirect_url`); its update and
         *     pass-through pages show the fields. `client_id` and `contact` are accepted here as on
         *     those pages, as well as under `options` as on the create page.
         */
        SessionSettings: {
            /**
             * @description Where the customer goes after capture. Strongly recommended when no SMS is sent.
             *     Defaults to the one set on the API key. An app's own scheme (`myapp://done`) sends
             *     the customer back into that app.
             */
            redirect_url?: components["schemas"]["SafeUrl"];
            theme?: components["schemas"]["Theme"];
            language?: components["schemas"]["Language"];
            client_id?: components["schemas"]["ClientId"];
            contact?: components["schemas"]["Contact"];
            reference?: components["schemas"]["Reference"];
        };
        /**
         * Format: uri
         * @description An absolute URL that PAVE sends a browser or a request to: `https:`, `http:` or an
         *     app's own scheme such as `myapp://done`. Schemes a browser runs or reads locally
         *     (`javascript:`, `vbscript:`, `data:`, `file:`, `blob:`) are refused, matched as a
         *     browser reads a URL: in any case, after leading spaces and control characters, and
         *     with tabs and newlines inside the scheme ignored. PAVE refuses redirect URLs it finds
         *     invalid (its create page shows `session.redirect_url: ["Invalid redirect url"]`).
         * @example https://www.url-to-redirect-user-to.com
         */
        SafeUrl: string;
        /**
         * @description The capture experience. `PRO` is the full guided capture, `LITE` a lighter one, `CAPT`
         *     capture only (a paid add-on). When the field is omitted, the theme set on the API key
         *     applies. PAVE's create page says the default is `LITE`, yet its own sample answers
         *     `PRO` to a request without a theme, and other PAVE pages say `PRO`; so no default is
         *     declared here (a generator that fills in defaults would otherwise send `LITE` and
         *     override the key's theme). Send the theme you want rather than rely on either.
         * @example PRO
         * @enum {string}
         */
        Theme: "LITE" | "PRO" | "CAPT";
        /**
         * @description The language of the customer's pages as a language code, `EN` in PAVE's samples.
         *     PAVE's list of languages is not published, so no list is enforced; responses may
         *     return the code in lower case.
         * @default en
         * @example EN
         */
        Language: string;
        /**
         * @description Your own identifier for the customer or deal; returned as `options.client_id`.
         * @example DLVNQC
         */
        ClientId: string;
        /**
         * @description The customer's name in two parts, an alternative to `sms.to_name`. PAVE's create page
         *     marks both parts optional, which this spec follows; its pass-through page says both are
         *     required once `contact` is sent, so send both when you can.
         */
        Contact: {
            /** @example Luan */
            first_name?: string;
            /** @example tran */
            last_name?: string;
        };
        /**
         * @description Free-form data passed through to the results, such as a lead id. PAVE deletes it a few
         *     hours after completion. Never put sensitive data here (card numbers, national ids).
         * @example {
         *       "coupon_code": "SPRING-2021"
         *     }
         */
        Reference: {
            [key: string]: unknown;
        };
        /**
         * @description PAVE's identifier of a session, such as `XXX-ABCDE12345`. Its format is not documented.
         * @example XXX-ABCDE12345
         */
        SessionKey: string;
        /**
         * @description Where the session is in its life. The listed values are PAVE's documented lifecycle;
         *     PAVE's other pages use other words, so any string is accepted and clients should
         *     treat an unknown value as "in progress".
         *
         *     - `IDLE`: created, the customer has not started.
         *     - `STARTED`: the customer opened the link and began.
         *     - `PROCESS`: at least one photo captured.
         *     - `QC_PASSED`: all photos captured and accepted.
         *     - `CONFIRM`: results ready, waiting for the customer to confirm.
         *     - `COMPLETE`: the customer confirmed; results are final.
         *     - `EXPIRED`: not finished within the expiry window set on the API key.
         *     - `INVALID`: rejected during processing, for example a VIN mismatch.
         * @default IDLE
         * @example IDLE
         */
        SessionStatus: ("IDLE" | "STARTED" | "PROCESS" | "QC_PASSED" | "CONFIRM" | "COMPLETE" | "EXPIRED" | "INVALID") | string;
        /**
         * @description The theme in a response. Known values are listed; others are accepted so a new theme does not break clients.
         * @example PRO
         */
        ResponseTheme: components["schemas"]["Theme"] | string;
        /**
         * Format: date-time
         * @description An RFC 3339 date-time. PAVE writes both `2021-05-25T11:50:49.000000Z` and `2021-05-27T07:36:16+00:00`.
         * @example 2021-05-25T11:50:49.000000Z
         */
        Timestamp: string;
        /**
         * @description A date-time that may not have happened yet. PAVE sends `null` for it in most samples
         *     and an empty string in one; treat both as "not yet".
         */
        OptionalTimestamp: components["schemas"]["Timestamp"] | null | string;
        /**
         * @description A session as PAVE returns it. New fields may appear; clients should ignore what they
         *     do not know.
         */
        Session: {
            session_key: components["schemas"]["SessionKey"];
            theme?: components["schemas"]["ResponseTheme"];
            /**
             * @description Whether the session is active. PAVE's create page says a new session always has
             *     `true`; it does not explain when the value becomes `false`.
             */
            active: boolean;
            status?: components["schemas"]["SessionStatus"];
            options?: components["schemas"]["SessionOptionsRecord"];
            /**
             * @description The language code; `EN` in most responses, sometimes lower case, `null` when none is
             *     set. PAVE's create page says it defaults to English ("en"); its sample answers `EN`.
             * @default EN
             * @example EN
             */
            language?: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            /**
             * Format: uri
             * @description The link to give the customer, branded with your account name:
             *     `https://{account}.vehiclecapture.com/{session_key}`.
             * @example https://demoadmin.vehiclecapture.com/XXX-ABCDE12345
             */
            capture_url?: string;
            /** @description Where the customer goes after capture; `null` when none is set. */
            redirect_url?: string | null;
            inspect_started_at?: components["schemas"]["OptionalTimestamp"];
            inspect_ended_at?: components["schemas"]["OptionalTimestamp"];
            vehicle?: components["schemas"]["SessionVehicle"];
        };
        /** @description The session just created. Unlike other responses it always carries `capture_url`. */
        CreatedSession: components["schemas"]["Session"] & {
            /** Format: uri */
            capture_url: string;
        };
        /**
         * @description What was sent in `sms`, `options` and `session.client_id`, `contact` and `reference`,
         *     gathered in one object; `null` when nothing was sent.
         */
        SessionOptionsRecord: {
            client_id?: string | null;
            sms?: components["schemas"]["SmsRecord"];
            /** @description The customer's name as sent in `contact`. */
            contact?: {
                first_name?: string | null;
                last_name?: string | null;
            };
            reference?: components["schemas"]["Reference"];
        } | null;
        /** @description The SMS settings of the session. */
        SmsRecord: {
            to?: string | null;
            to_name?: string | null;
            from?: string | null;
            by?: string | null;
            /** @description As sent, or `null` when it was not. */
            send_results_to_phototaker?: components["schemas"]["LooseBoolean"] | null;
        };
        /**
         * @description The vehicle as PAVE knows it: what you sent, then what the VIN decode found. On create
         *     PAVE echoes what was sent, so `year` may still be a string there. Until the VIN is
         *     captured and decoded, any field may be missing or `null`.
         */
        SessionVehicle: {
            /** @description PAVE's internal id of the vehicle. */
            vehicle_id?: number | null;
            vin?: string | null;
            year?: components["schemas"]["ModelYearRecord"];
            make?: string | null;
            model?: string | null;
            body_type?: string | null;
            trim?: string | null;
            transmission?: string | null;
            drivetrain?: string | null;
            engine_type?: string | null;
            fuel_type?: string | null;
            ext_col?: string | null;
            int_col?: string | null;
            /** @description The odometer reading, or `null` before it is known. */
            odom_reading?: components["schemas"]["OdometerReadingRecord"] | null;
            odom_unit?: string | null;
        };
        /**
         * @description The model year in a response: an integer in PAVE's samples, or the string it was sent
         *     as, since PAVE echoes what it was given; `null` until the VIN is decoded.
         * @example 2017
         */
        ModelYearRecord: number | string | null;
        /**
         * @description The odometer reading. PAVE's response table says integer but its sample returns the
         *     string "100,945", with a thousands separator; strip separators before parsing. A
         *     reading sent with a fraction may come back as one.
         * @example 330477
         */
        OdometerReadingRecord: number | string;
        /**
         * @description The vehicle in the results. Unlike the session's vehicle its id is `id`, and it carries
         *     `vrm`. A field the VIN decode could not fill is `null`.
         */
        ResultsVehicle: {
            id?: number;
            session_key?: components["schemas"]["SessionKey"];
            vin?: string | null;
            /** @description The registration mark, where known. */
            vrm?: string | null;
            year?: components["schemas"]["ModelYearRecord"];
            make?: string | null;
            model?: string | null;
            body_type?: string | null;
            trim?: string | null;
            transmission?: string | null;
            drivetrain?: string | null;
        };
        /** @description The session inside results, with timing, account and source details. */
        ResultsSession: components["schemas"]["Session"] & {
            /** @description Seconds the customer spent capturing. */
            capture_duration?: number;
            /** @description Seconds the inspection took. */
            inspect_duration?: number;
            user_account?: components["schemas"]["UserAccount"];
            source?: components["schemas"]["SessionSource"];
        };
        /** @description The PAVE account the session belongs to. */
        UserAccount: {
            username?: string;
            first_name?: string;
            last_name?: string;
            email?: string;
            phone?: string | null;
        };
        /** @description How the session was created. */
        SessionSource: {
            /** @description `api`, `dashboard`, `shareable_link` or `embedded_widget`; others are accepted. */
            type?: ("api" | "dashboard" | "shareable_link" | "embedded_widget") | string;
            /** @description Details of the source, such as `api_name`, `dashboard_username` or `form_name`. */
            properties?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description The results of a completed session. PAVE publishes the photo, location and inspection
         *     parts only in a PDF, so they are kept open here.
         */
        SessionResults: {
            /** @description `SESSION:COMPLETE`. */
            event?: string;
            session?: components["schemas"]["ResultsSession"];
            vehicle?: components["schemas"]["ResultsVehicle"];
            /** @description The photos with their approval; shape undocumented. */
            photos?: unknown;
            /** @description Where the inspection happened; shape undocumented. */
            location?: unknown;
            /** @description Damages found, with counts and grades; shape undocumented. */
            inspection?: unknown;
        };
        /**
         * @description Undocumented by PAVE. Any JSON value is accepted so that a real response never fails
         *     validation; check the live API before relying on a shape.
         */
        SessionNotes: unknown;
        /**
         * @description The view a photo shows. The thirteen documented views are listed; others are accepted.
         * @example VIN
         */
        PhotoLabel: ("VIN" | "Interior" | "Cluster" | "Left" | "Front_Left" | "Front" | "Front_Right" | "Right" | "Rear_Right" | "Rear" | "Rear_Left" | "Windshield" | "Tires") | string;
        /** @description One captured photo and PAVE's verdict on it. */
        Photo: {
            /**
             * @description The view's number (not the capture order): 1 to 13 for the guided views. No maximum
             *     is enforced, because PRO captures extra images beyond them.
             */
            photo_code: number;
            photo_label: components["schemas"]["PhotoLabel"];
            /**
             * @description The photo, or `null` for a view that was skipped (PAVE lets the customer skip a view
             *     the others cover, and uses a default image for a typed-in VIN or odometer).
             */
            url: string | null;
            /** @description PAVE's verdict; `null` until the photo has been checked. */
            approved?: boolean | null;
            /**
             * @description `ACCEPTED`, or `REJECTED: ` followed by the reason; `null` until checked.
             * @example REJECTED: Wrong View
             */
            approved_message?: string | null;
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
        };
        /**
         * @description A webhook event. `SESSION:NOTE_INSERT` appears on PAVE's webhooks overview but not in
         *     its callback table; it is included.
         * @example SESSION:COMPLETE
         * @enum {string}
         */
        CallbackEvent: "SESSION:SMS_PROCESS" | "SESSION:STAGE_CHANGE" | "SESSION:STATUS_CHANGE" | "SESSION:COMPLETE" | "SESSION:NOTE_INSERT";
        /**
         * @description The HTTP method PAVE uses to call you. PAVE documents only the default, `POST`, so any
         *     method name is accepted.
         * @default POST
         * @example POST
         * @example PUT
         */
        CallbackMethod: string;
        /**
         * @description Headers PAVE sends with each delivery, such as an `Authorization` your endpoint checks.
         *     PAVE's table says string, its samples show an object; the object form is used.
         */
        CallbackHeaders: {
            [key: string]: string;
        };
        /**
         * @description Extra fields merged into the event's default body. PAVE's table says string, its
         *     samples show an object; the object form is used.
         */
        CallbackPayload: {
            [key: string]: unknown;
        };
        /** @description A new registration. */
        CreateCallbackRequest: {
            event: components["schemas"]["CallbackEvent"];
            /** @description Your endpoint. */
            url: components["schemas"]["SafeUrl"];
            method?: components["schemas"]["CallbackMethod"];
            headers?: components["schemas"]["CallbackHeaders"];
            payload?: components["schemas"]["CallbackPayload"];
        };
        /** @description The new registration for the event named in the path. */
        UpdateCallbackRequest: {
            /** @description Your endpoint. */
            url: components["schemas"]["SafeUrl"];
            method?: components["schemas"]["CallbackMethod"];
            headers?: components["schemas"]["CallbackHeaders"];
            payload?: components["schemas"]["CallbackPayload"];
        };
        /** @description A stored registration. */
        CallbackEntry: {
            /** @description The event; known values are listed in `CallbackEvent`. */
            event: components["schemas"]["CallbackEvent"] | string;
            url: string;
            method?: string;
            headers?: components["schemas"]["CallbackHeadersRecord"];
            payload?: components["schemas"]["CallbackPayloadRecord"];
        };
        /**
         * @description The headers as stored. PAVE's callback table types them as a string while its samples
         *     show an object, so an answer may carry either, or `null` when none were registered.
         */
        CallbackHeadersRecord: components["schemas"]["CallbackHeaders"] | string | null;
        /**
         * @description The payload as stored. PAVE's callback table types it as a string while its samples
         *     show an object, so an answer may carry either, or `null` when none was registered.
         */
        CallbackPayloadRecord: components["schemas"]["CallbackPayload"] | string | null;
        /** @description A stored registration with the API key it belongs to, as returned by create and update. */
        CallbackSetting: components["schemas"]["CallbackEntry"] & {
            api_key: components["schemas"]["ApiKeyValue"];
        };
        /** @description All registrations of an API key. */
        CallbackList: {
            api_key: components["schemas"]["ApiKeyValue"];
            data: components["schemas"]["CallbackEntry"][];
        };
        /** @description One registration of an API key. */
        CallbackEnvelope: {
            api_key: components["schemas"]["ApiKeyValue"];
            data: components["schemas"]["CallbackEntry"];
        };
        /** @description Confirmation that a registration was removed. */
        CallbackRemoved: {
            api_key?: components["schemas"]["ApiKeyValue"];
            message: string;
        };
        /**
         * @description An API key. It looks like a UUID but is not always one, so no format is enforced.
         * @example 09bc91b9-76e5-4256-8e4g-7a41c1408014
         */
        ApiKeyValue: string;
        /** @description Body of `SESSION:SMS_PROCESS`, plus the fields of your registered payload. */
        SmsProcessEvent: {
            /** @description The number the link was sent to. */
            phone?: string;
            /** @description The delivery status, `success` or `error`. */
            status?: string;
            /** @description The error, when delivery failed. */
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Body of `SESSION:STAGE_CHANGE`, plus the fields of your registered payload. */
        StageChangeEvent: {
            session_key?: components["schemas"]["SessionKey"];
            /** Format: uri */
            photo_url?: string;
            photo_status?: string;
            /** @description Why the photo was rejected, when it was. */
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Body of `SESSION:STATUS_CHANGE`; assumed, kept open. */
        StatusChangeEvent: {
            session_key?: components["schemas"]["SessionKey"];
            status?: components["schemas"]["SessionStatus"];
        } & {
            [key: string]: unknown;
        };
        /** @description Body of `SESSION:NOTE_INSERT`; undocumented, kept open. */
        NoteInsertEvent: {
            [key: string]: unknown;
        };
        /** @description A confirmation message. */
        MessageBody: {
            message: string;
        };
        /**
         * @description PAVE's error body: a message, plus the API key on callback errors. For statuses PAVE
         *     does not document this shape is assumed.
         */
        ErrorBody: {
            message: string;
            api_key?: components["schemas"]["ApiKeyValue"];
        };
        /**
         * @description Messages per field, keyed by the field's path: `<object>.<field>` as in `vehicle.vin` or
         *     `session.redirect_url`, or a bare name for a whole object or an unknown top-level key
         *     (`vehicle`, `colour`).
         * @example {
         *       "vehicle.vin": [
         *         "VIN is too short, it must be 17 characters"
         *       ]
         *     }
         */
        FieldErrors: {
            [key: string]: string[];
        };
        /**
         * @description A 400 answer to a create request. PAVE's create page shows `errors` naming each field
         *     that failed; every other v1 error is only `{message}`, so `errors` may be missing.
         */
        ValidationErrorBody: {
            /** @example Required fields are missing or invalid. */
            message: string;
            errors?: components["schemas"]["FieldErrors"];
        };
    };
    responses: {
        /** @description The session exists. Give the customer `capture_url`. */
        SessionCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CreatedSession"];
            };
        };
        /**
         * @description The session is not complete yet. Undocumented by PAVE: the message is documented, the
         *     status code is not; each code this is declared under is assumed.
         */
        ResultsNotReady: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The update broke a per-field rule or a field was invalid. Undocumented by PAVE: the
         *     status and the shape are assumed.
         */
        UpdateRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No session has this key. */
        SessionNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No session has this key. Undocumented by PAVE for this endpoint; the shape is assumed. */
        SessionNotFoundUndocumented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The registration as stored. */
        CallbackSaved: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CallbackSetting"];
            };
        };
        /** @description A required field is missing. */
        CallbackFieldsMissing: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The API key has no registration for this event. */
        CallbackNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The API key has no registration for this event. Undocumented by PAVE for this endpoint; the shape is assumed. */
        CallbackNotFoundUndocumented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The authentication headers are missing, stale or wrong. Undocumented by PAVE: the
         *     status and the shape are assumed.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Too many requests; wait as `Retry-After` says. Undocumented by PAVE. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description PAVE failed to handle the request. Undocumented by PAVE; the shape is assumed. Each
         *     operation declares it as the `5XX` range and, for generators that cannot read ranges,
         *     as 500.
         */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description PAVE is not taking requests right now and did not act on this one; retry after
         *     `Retry-After`. Undocumented by PAVE.
         */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Any 2XX tells PAVE the delivery arrived. PAVE documents no retry policy. */
        WebhookReceived: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description The key returned when the session was created.
         * @example XXX-ABCDE12345
         */
        SessionKey: components["schemas"]["SessionKey"];
        /**
         * @description The event the registration is for.
         * @example SESSION:COMPLETE
         */
        CallbackEventPath: components["schemas"]["CallbackEvent"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description How long to wait before trying again: a number of seconds, or an HTTP date
         *     (RFC 9110, section 10.2.3). Undocumented by PAVE.
         * @example 30
         */
        "Retry-After": string | unknown | unknown;
    };
    pathItems: never;
}
export type CreateSessionRequest = components['schemas']['CreateSessionRequest'];
export type UpdateSessionRequest = components['schemas']['UpdateSessionRequest'];
export type Vehicle = components['schemas']['Vehicle'];
/** Any string; an editor offers the values of `KnownOdometerUnit`. */
export type OdometerUnit = KnownOdometerUnit | (string & {});
export type SmsOptions = components['schemas']['SmsOptions'];
export type LooseBoolean = components['schemas']['LooseBoolean'];
export type SessionOptions = components['schemas']['SessionOptions'];
export type SessionSettings = components['schemas']['SessionSettings'];
export type SafeUrl = components['schemas']['SafeUrl'];
export type Theme = components['schemas']['Theme'];
export type Language = components['schemas']['Language'];
export type ClientId = components['schemas']['ClientId'];
export type Contact = components['schemas']['Contact'];
export type Reference = components['schemas']['Reference'];
export type SessionKey = components['schemas']['SessionKey'];
/** Any string; an editor offers the values of `KnownSessionStatus`. */
export type SessionStatus = KnownSessionStatus | (string & {});
/** Any string; an editor offers the values of `KnownResponseTheme`. */
export type ResponseTheme = KnownResponseTheme | (string & {});
export type Timestamp = components['schemas']['Timestamp'];
export type OptionalTimestamp = components['schemas']['OptionalTimestamp'];
export type Session = components['schemas']['Session'];
export type CreatedSession = components['schemas']['CreatedSession'];
export type SessionOptionsRecord = components['schemas']['SessionOptionsRecord'];
export type SmsRecord = components['schemas']['SmsRecord'];
export type SessionVehicle = components['schemas']['SessionVehicle'];
export type ModelYearRecord = components['schemas']['ModelYearRecord'];
export type OdometerReadingRecord = components['schemas']['OdometerReadingRecord'];
export type ResultsVehicle = components['schemas']['ResultsVehicle'];
export type ResultsSession = components['schemas']['ResultsSession'];
export type UserAccount = components['schemas']['UserAccount'];
export type SessionSource = components['schemas']['SessionSource'];
export type SessionResults = components['schemas']['SessionResults'];
export type SessionNotes = components['schemas']['SessionNotes'];
/** Any string; an editor offers the values of `KnownPhotoLabel`. */
export type PhotoLabel = KnownPhotoLabel | (string & {});
export type Photo = components['schemas']['Photo'];
export type CallbackEvent = components['schemas']['CallbackEvent'];
export type CallbackMethod = components['schemas']['CallbackMethod'];
export type CallbackHeaders = components['schemas']['CallbackHeaders'];
export type CallbackPayload = components['schemas']['CallbackPayload'];
export type CreateCallbackRequest = components['schemas']['CreateCallbackRequest'];
export type UpdateCallbackRequest = components['schemas']['UpdateCallbackRequest'];
export type CallbackEntry = components['schemas']['CallbackEntry'];
export type CallbackHeadersRecord = components['schemas']['CallbackHeadersRecord'];
export type CallbackPayloadRecord = components['schemas']['CallbackPayloadRecord'];
export type CallbackSetting = components['schemas']['CallbackSetting'];
export type CallbackList = components['schemas']['CallbackList'];
export type CallbackEnvelope = components['schemas']['CallbackEnvelope'];
export type CallbackRemoved = components['schemas']['CallbackRemoved'];
export type ApiKeyValue = components['schemas']['ApiKeyValue'];
export type SmsProcessEvent = components['schemas']['SmsProcessEvent'];
export type StageChangeEvent = components['schemas']['StageChangeEvent'];
export type StatusChangeEvent = components['schemas']['StatusChangeEvent'];
export type NoteInsertEvent = components['schemas']['NoteInsertEvent'];
export type MessageBody = components['schemas']['MessageBody'];
export type ErrorBody = components['schemas']['ErrorBody'];
export type FieldErrors = components['schemas']['FieldErrors'];
export type ValidationErrorBody = components['schemas']['ValidationErrorBody'];
export type ResponseSessionCreated = components['responses']['SessionCreated'];
export type ResponseResultsNotReady = components['responses']['ResultsNotReady'];
export type ResponseUpdateRejected = components['responses']['UpdateRejected'];
export type ResponseSessionNotFound = components['responses']['SessionNotFound'];
export type ResponseSessionNotFoundUndocumented = components['responses']['SessionNotFoundUndocumented'];
export type ResponseCallbackSaved = components['responses']['CallbackSaved'];
export type ResponseCallbackFieldsMissing = components['responses']['CallbackFieldsMissing'];
export type ResponseCallbackNotFound = components['responses']['CallbackNotFound'];
export type ResponseCallbackNotFoundUndocumented = components['responses']['CallbackNotFoundUndocumented'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseServerError = components['responses']['ServerError'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseWebhookReceived = components['responses']['WebhookReceived'];
export type ParameterSessionKey = components['parameters']['SessionKey'];
export type ParameterCallbackEventPath = components['parameters']['CallbackEventPath'];
export type HeaderRetryAfter = components['headers']['Retry-After'];
export type $defs = Record<string, never>;
export interface operations {
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
        responses: {
            200: components["responses"]["SessionCreated"];
            201: components["responses"]["SessionCreated"];
            /**
             * @description The body broke one or more field rules. `errors` maps `<object>.<field>` to the
             *     messages for that field.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key returned when the session was created.
                 * @example XXX-ABCDE12345
                 */
                session_key: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key returned when the session was created.
                 * @example XXX-ABCDE12345
                 */
                session_key: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionRequest"];
            };
        };
        responses: {
            /** @description The session after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["UpdateRejected"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key returned when the session was created.
                 * @example XXX-ABCDE12345
                 */
                session_key: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageBody"];
                };
            };
            /** @description The customer has started the session, so it can no longer be deleted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSessionPhotos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key returned when the session was created.
                 * @example XXX-ABCDE12345
                 */
                session_key: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photos, in capture order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Photo"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFoundUndocumented"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSessionNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key returned when the session was created.
                 * @example XXX-ABCDE12345
                 */
                session_key: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notes, in a shape PAVE has not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotes"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFoundUndocumented"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSessionResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key returned when the session was created.
                 * @example XXX-ABCDE12345
                 */
                session_key: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResults"];
                };
            };
            400: components["responses"]["ResultsNotReady"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["ResultsNotReady"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ResultsNotReady"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listCallbacks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registrations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCallbackRequest"];
            };
        };
        responses: {
            200: components["responses"]["CallbackSaved"];
            400: components["responses"]["CallbackFieldsMissing"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event the registration is for.
                 * @example SESSION:COMPLETE
                 */
                event: components["parameters"]["CallbackEventPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["CallbackNotFoundUndocumented"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event the registration is for.
                 * @example SESSION:COMPLETE
                 */
                event: components["parameters"]["CallbackEventPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCallbackRequest"];
            };
        };
        responses: {
            200: components["responses"]["CallbackSaved"];
            400: components["responses"]["CallbackFieldsMissing"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["CallbackNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event the registration is for.
                 * @example SESSION:COMPLETE
                 */
                event: components["parameters"]["CallbackEventPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registration is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackRemoved"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["CallbackNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    onSmsProcess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsProcessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onStageChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageChangeEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onStatusChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusChangeEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onSessionComplete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionResults"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onNoteInsert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteInsertEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
}
/** The values of `OdometerUnit` the spec lists; `OdometerUnit` also takes any other string. */
export type KnownOdometerUnit = "KILOMETRES" | "MILES";
/** The values of `SessionStatus` the spec lists; `SessionStatus` also takes any other string. */
export type KnownSessionStatus = "IDLE" | "STARTED" | "PROCESS" | "QC_PASSED" | "CONFIRM" | "COMPLETE" | "EXPIRED" | "INVALID";
/** The values of `ResponseTheme` the spec lists; `ResponseTheme` also takes any other string. */
export type KnownResponseTheme = "LITE" | "PRO" | "CAPT";
/** The values of `PhotoLabel` the spec lists; `PhotoLabel` also takes any other string. */
export type KnownPhotoLabel = "VIN" | "Interior" | "Cluster" | "Left" | "Front_Left" | "Front" | "Front_Right" | "Right" | "Rear_Right" | "Rear" | "Rear_Left" | "Windshield" | "Tires";
