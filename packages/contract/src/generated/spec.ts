/**
 * Generated from openapi/pave.yaml by `pnpm nx run contract:generate`. Do not edit by hand:
 * change the spec and regenerate.
 */

import type { OpenApiDocument } from '../document-type.js';

export const spec: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "PAVE Sessions API",
    "version": "0.1.0",
    "summary": "Create vehicle-inspection sessions, follow them, and read their results.",
    "description": "A machine-readable contract for the PAVE Capture (sessions) API, written by the pave-kit\nproject from PAVE's public prose documentation.\n\nA *session* is one inspection for one customer. You create it, send the customer the\ncapture link (`capture_url`), and PAVE reports progress through the session's `status`,\nthrough webhooks you register under `/v1/callbacks`, and finally through the results.\n\nPAVE's pages contradict each other in places. Where they do, this document follows the\n\"POST Create Session\" page, and each choice is explained next to the field it concerns.\nResponses that PAVE does not document (401, 429, 5XX and some 404s) are declared so that\nclients can handle them, carry `x-undocumented: true`, and use an assumed error shape.\n\nOut of scope: the v2 SMS-resend endpoint (it uses a different authentication scheme) and\nthe Hotspots API.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "servers": [
    {
      "url": "https://openapi.paveapi.com",
      "description": "Production and staging share this host. A TEST key (staging) or a LIVE key (production)\ndecides which one you talk to; test sessions are processed for real but not billed.\n"
    }
  ],
  "security": [
    {
      "ApiKey": [],
      "ApiToken": [],
      "ApiTimestamp": []
    }
  ],
  "tags": [
    {
      "name": "Callbacks",
      "description": "Webhook registrations of your API key, one per event."
    },
    {
      "name": "Sessions",
      "description": "Inspection sessions, their photos, notes and results."
    }
  ],
  "paths": {
    "/v1/sessions": {
      "post": {
        "operationId": "createSession",
        "externalDocs": {
          "description": "PAVE: POST Create Session",
          "url": "https://docs.paveapi.com/integrations/developer-docs/sessions-1/post-create-new-session"
        },
        "tags": [
          "Sessions"
        ],
        "summary": "Create a session",
        "description": "Creates one inspection session for one customer and returns its `session_key` and\n`capture_url`. Send the customer the capture URL; they can leave and come back to it\nuntil the session completes or expires.\n\nEvery part of the body is optional. Sending `vehicle.vin`, `year`, `make` and `model`\nlets PAVE skip VIN capture and decoding. Sending `sms.to` makes PAVE text the link to\nthe customer; without SMS, send a `session.redirect_url` so the customer lands\nsomewhere useful when done.\n\nPAVE documents the success status as 201; another of its pages shows 200 for the same\ncall. Both carry the same body and both mean the session exists.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateSessionRequest"
              },
              "examples": {
                "vin-only": {
                  "summary": "The smallest useful request",
                  "value": {
                    "vehicle": {
                      "vin": "JN1CV6AR9BMXXXXXX"
                    }
                  }
                },
                "full-vehicle": {
                  "summary": "Every vehicle attribute, as PAVE's sample sends them",
                  "value": {
                    "vehicle": {
                      "vin": "JN1CV6AR9BMXXXXXX",
                      "year": "2011",
                      "make": "Infiniti",
                      "model": "G37",
                      "body_type": "Sedan",
                      "trim": "Luxury",
                      "transmission": "Automatic",
                      "ext_col": "Malbec Black",
                      "int_col": "Wheat",
                      "odom_reading": 330477,
                      "odom_unit": "KILOMETRES"
                    }
                  }
                },
                "sms-delivery": {
                  "summary": "Text the capture link to the customer",
                  "value": {
                    "vehicle": {
                      "vin": "JN1CV6AR9BMXXXXXX"
                    },
                    "sms": {
                      "to": "647-455-XXXX",
                      "to_name": "Jane Smith",
                      "from": "647-422-XXXX",
                      "by": "Steve's Test Dealer",
                      "send_results_to_phototaker": "false"
                    }
                  }
                },
                "everything": {
                  "summary": "Vehicle, SMS, options and session settings together",
                  "value": {
                    "vehicle": {
                      "vin": "JN1CV6AR9BMXXXXXX",
                      "year": 2011,
                      "make": "Infiniti",
                      "model": "G37"
                    },
                    "sms": {
                      "to": "647-455-XXXX",
                      "to_name": "Jane Smith",
                      "from": "647-422-XXXX",
                      "by": "Steve's Test Dealer",
                      "send_results_to_phototaker": false
                    },
                    "options": {
                      "client_id": "DLVNQC",
                      "contact": {
                        "first_name": "Luan",
                        "last_name": "tran"
                      }
                    },
                    "session": {
                      "redirect_url": "https://www.url-to-redirect-user-to.com",
                      "theme": "PRO",
                      "language": "EN",
                      "reference": {
                        "coupon_code": "SPRING-2021"
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/SessionCreated"
          },
          "201": {
            "$ref": "#/components/responses/SessionCreated"
          },
          "400": {
            "description": "The body broke one or more field rules. `errors` maps `<object>.<field>` to the\nmessages for that field.\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ValidationErrorBody"
                },
                "examples": {
                  "invalid-fields": {
                    "summary": "PAVE's own sample",
                    "value": {
                      "message": "Required fields are missing or invalid.",
                      "errors": {
                        "session.redirect_url": [
                          "Invalid redirect url"
                        ],
                        "sms.to": [
                          "Invalid phone number"
                        ],
                        "vehicle.vin": [
                          "VIN is too short, it must be 17 characters"
                        ]
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/sessions/{session_key}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionKey"
        }
      ],
      "get": {
        "operationId": "getSession",
        "externalDocs": {
          "description": "PAVE: GET Session Data",
          "url": "https://docs.paveapi.com/integrations/developer-docs/sessions-1/retrieve-a-session-data"
        },
        "tags": [
          "Sessions"
        ],
        "summary": "Get a session",
        "description": "The session as it is now: status, settings, and the vehicle once it is known. The\n`vehicle` object is missing until the VIN has been captured and decoded.\n",
        "responses": {
          "200": {
            "description": "The session.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Session"
                },
                "examples": {
                  "idle": {
                    "summary": "A session the customer has not opened yet",
                    "value": {
                      "session_key": "XXX-ABCDE12345",
                      "theme": "PRO",
                      "active": true,
                      "status": "IDLE",
                      "redirect_url": "https://www.url-to-redirect-user-to.com",
                      "inspect_started_at": null,
                      "inspect_ended_at": null,
                      "created_at": "2021-05-25T11:50:49.000000Z",
                      "updated_at": "2021-05-25T11:50:49.000000Z",
                      "language": "EN",
                      "options": {
                        "client_id": "SOUTH234889"
                      },
                      "vehicle": {
                        "vin": "JN1CV6AR9BMXXXXXX"
                      }
                    }
                  },
                  "complete": {
                    "$ref": "#/components/examples/CompletedSession"
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/SessionNotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "operationId": "updateSession",
        "externalDocs": {
          "description": "PAVE: PUT Update Session",
          "url": "https://docs.paveapi.com/integrations/developer-docs/sessions-1/update-a-session-data"
        },
        "tags": [
          "Sessions"
        ],
        "summary": "Update a session",
        "description": "Changes what was sent when the session was created. PAVE applies a rule per field:\n\n- `session.redirect_url` and `session.language` can change until the session is\n  `COMPLETE`;\n- `session.theme` can change only while the session is `IDLE`;\n- `sms.to` can change only before the session starts, and only when the SMS could not\n  be delivered.\n\nWhat PAVE answers when a rule is broken is not documented; a 400 with the assumed\nerror shape is declared.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateSessionRequest"
              },
              "examples": {
                "session-settings": {
                  "summary": "Change theme, redirect and language",
                  "value": {
                    "session": {
                      "theme": "LITE",
                      "redirect_url": "https://www.url-to-redirect-user-to.com",
                      "language": "EN",
                      "client_id": "SOUTH234889"
                    }
                  }
                },
                "new-phone": {
                  "summary": "Correct the customer's mobile number",
                  "value": {
                    "sms": {
                      "to": "647-455-XXXX"
                    }
                  }
                },
                "vehicle": {
                  "summary": "Replace the vehicle details",
                  "value": {
                    "vehicle": {
                      "vin": "JN1CV6AR9BMXXXXXX",
                      "year": 2011,
                      "make": "Infiniti",
                      "model": "G37",
                      "odom_reading": 330477,
                      "odom_unit": "KILOMETRES"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The session after the update.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Session"
                },
                "examples": {
                  "updated": {
                    "summary": "PAVE's sample, with an empty string for a missing start time",
                    "value": {
                      "session_key": "XXX-ABCDE12345",
                      "theme": "PRO",
                      "active": true,
                      "status": "IDLE",
                      "redirect_url": "https://www.url-to-redirect-user-to.com",
                      "inspect_started_at": "",
                      "inspect_ended_at": null,
                      "created_at": "2021-05-25T11:50:49.000000Z",
                      "updated_at": "2021-05-25T12:02:10.000000Z",
                      "language": "EN",
                      "options": {
                        "client_id": "SOUTH234889"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/UpdateRejected"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/SessionNotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "deleteSession",
        "externalDocs": {
          "description": "PAVE: DELETE Session",
          "url": "https://docs.paveapi.com/integrations/developer-docs/sessions-1/delete-a-session"
        },
        "tags": [
          "Sessions"
        ],
        "summary": "Delete a session",
        "description": "Removes a session the customer has not started, that is one still `IDLE`.",
        "responses": {
          "200": {
            "description": "The session is gone.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MessageBody"
                },
                "examples": {
                  "removed": {
                    "value": {
                      "message": "Session XXX-ABCDE12345 has been successfully removed."
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The customer has started the session, so it can no longer be deleted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorBody"
                },
                "examples": {
                  "started": {
                    "value": {
                      "message": "Session XXX-ABCDE12345 has been started and cannot be deleted."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/SessionNotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/sessions/{session_key}/photos": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionKey"
        }
      ],
      "get": {
        "operationId": "listSessionPhotos",
        "externalDocs": {
          "description": "PAVE: GET Session Photos",
          "url": "https://docs.paveapi.com/integrations/developer-docs/sessions-1/get-a-session-photos"
        },
        "tags": [
          "Sessions"
        ],
        "summary": "List a session's photos",
        "description": "The photos captured so far, each with PAVE's quality check. The list fills in while\nthe customer captures; a retaken photo keeps its place and gets a new `updated_at`.\n",
        "responses": {
          "200": {
            "description": "The photos, in capture order.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Photo"
                  }
                },
                "examples": {
                  "two-photos": {
                    "value": [
                      {
                        "photo_code": 1,
                        "photo_label": "VIN",
                        "url": "https://your_capture_photo_url.jpg",
                        "approved": true,
                        "approved_message": "ACCEPTED",
                        "created_at": "2021-05-27T07:36:16+00:00",
                        "updated_at": "2021-05-27T07:36:16+00:00"
                      },
                      {
                        "photo_code": 4,
                        "photo_label": "Left",
                        "url": "https://your_capture_photo_url.jpg",
                        "approved": false,
                        "approved_message": "REJECTED: Wrong View",
                        "created_at": "2021-05-27T07:37:02+00:00",
                        "updated_at": "2021-05-27T07:38:40+00:00"
                      }
                    ]
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/SessionNotFoundUndocumented"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/sessions/{session_key}/notes": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionKey"
        }
      ],
      "get": {
        "operationId": "getSessionNotes",
        "externalDocs": {
          "description": "The PAVE documentation; the GET Session Notes page it lists could not be read",
          "url": "https://docs.paveapi.com/"
        },
        "tags": [
          "Sessions"
        ],
        "summary": "Get a session's notes",
        "description": "Notes attached to the session, for example by staff in PAVE's dashboard. PAVE lists\nthis endpoint but its page could not be read, so the response shape is unknown and\nleft open: treat it as untyped JSON until it has been checked against the live API.\n",
        "x-undocumented": true,
        "responses": {
          "200": {
            "description": "The notes, in a shape PAVE has not documented.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SessionNotes"
                },
                "examples": {
                  "assumed": {
                    "summary": "An assumed shape, for mocking only",
                    "value": {
                      "data": [
                        {
                          "note": "Customer asked to retake the rear photo.",
                          "created_at": "2021-05-27T07:40:00+00:00"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/SessionNotFoundUndocumented"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/sessions/{session_key}/results": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionKey"
        }
      ],
      "get": {
        "operationId": "getSessionResults",
        "externalDocs": {
          "description": "PAVE: GET Session Results",
          "url": "https://docs.paveapi.com/integrations/developer-docs/sessions-1/get-a-session-results"
        },
        "tags": [
          "Sessions"
        ],
        "summary": "Get a session's results",
        "description": "The final vehicle, photo and inspection results of a `COMPLETE` session. The body is\nthe same as the `SESSION:COMPLETE` webhook's. Before completion PAVE answers\n\"Session is not yet completed.\" with a status code its docs do not show. It is\ndeclared as the `4XX` range and, for generators that cannot read ranges, as 400 (the\nstatus PAVE gives a delete that comes too late) and 409, the likeliest codes.\n",
        "responses": {
          "200": {
            "description": "The results.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SessionResults"
                },
                "examples": {
                  "complete": {
                    "$ref": "#/components/examples/SessionResults"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ResultsNotReady"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/SessionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/ResultsNotReady"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "4XX": {
            "$ref": "#/components/responses/ResultsNotReady"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/callbacks": {
      "get": {
        "operationId": "listCallbacks",
        "externalDocs": {
          "description": "PAVE: View All Callbacks",
          "url": "https://docs.paveapi.com/integrations/developer-docs/callbacks/view-all-callbacks"
        },
        "tags": [
          "Callbacks"
        ],
        "summary": "List callbacks",
        "description": "Every webhook registration of the API key that signed the request.",
        "responses": {
          "200": {
            "description": "The registrations.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CallbackList"
                },
                "examples": {
                  "two": {
                    "value": {
                      "api_key": "09bc91b9-76e5-4256-8e4g-7a41c1408014",
                      "data": [
                        {
                          "event": "SESSION:COMPLETE",
                          "url": "https://example.com/pave/complete",
                          "method": "POST",
                          "headers": {
                            "Authorization": "Bearer <jwt_token>"
                          },
                          "payload": {
                            "source": "PAVE"
                          }
                        },
                        {
                          "event": "SESSION:STATUS_CHANGE",
                          "url": "https://example.com/pave/status",
                          "method": "POST",
                          "headers": {},
                          "payload": {}
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "operationId": "createCallback",
        "externalDocs": {
          "description": "PAVE: Set a New Callback",
          "url": "https://docs.paveapi.com/integrations/developer-docs/callbacks/set-a-new-callback"
        },
        "tags": [
          "Callbacks"
        ],
        "summary": "Register a callback",
        "description": "Registers the URL PAVE calls when `event` happens. `headers` are sent with every\ndelivery and are the only way to authenticate PAVE's calls to you: PAVE documents no\nsignature. `payload` is merged into the event's default body. What happens when the\nevent already has a registration is not documented.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateCallbackRequest"
              },
              "examples": {
                "on-complete": {
                  "value": {
                    "event": "SESSION:COMPLETE",
                    "url": "https://example.com/pave/complete",
                    "method": "POST",
                    "headers": {
                      "Authorization": "Bearer <jwt_token>"
                    },
                    "payload": {
                      "source": "PAVE"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/CallbackSaved"
          },
          "400": {
            "$ref": "#/components/responses/CallbackFieldsMissing"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/callbacks/{event}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/CallbackEventPath"
        }
      ],
      "get": {
        "operationId": "getCallback",
        "externalDocs": {
          "description": "PAVE: View a Callback",
          "url": "https://docs.paveapi.com/integrations/developer-docs/callbacks/get-view-a-callback"
        },
        "tags": [
          "Callbacks"
        ],
        "summary": "Get a callback",
        "description": "The registration for one event.",
        "responses": {
          "200": {
            "description": "The registration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CallbackEnvelope"
                },
                "examples": {
                  "on-complete": {
                    "value": {
                      "api_key": "09bc91b9-76e5-4256-8e4g-7a41c1408014",
                      "data": {
                        "event": "SESSION:COMPLETE",
                        "url": "https://example.com/pave/complete",
                        "method": "POST",
                        "headers": {
                          "Authorization": "Bearer <jwt_token>"
                        },
                        "payload": {
                          "source": "PAVE"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/CallbackNotFoundUndocumented"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "operationId": "updateCallback",
        "externalDocs": {
          "description": "PAVE: Update an Existing Callback",
          "url": "https://docs.paveapi.com/integrations/developer-docs/callbacks/update-an-existing-callback"
        },
        "tags": [
          "Callbacks"
        ],
        "summary": "Update a callback",
        "description": "Replaces the registration for one event.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateCallbackRequest"
              },
              "examples": {
                "new-url": {
                  "value": {
                    "url": "https://example.com/pave/complete-v2",
                    "method": "POST",
                    "headers": {
                      "Authorization": "Bearer <jwt_token>"
                    },
                    "payload": {
                      "source": "PAVE"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/CallbackSaved"
          },
          "400": {
            "$ref": "#/components/responses/CallbackFieldsMissing"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/CallbackNotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "deleteCallback",
        "externalDocs": {
          "description": "PAVE: Remove an Existing Callback",
          "url": "https://docs.paveapi.com/integrations/developer-docs/callbacks/remove-an-existing-callback"
        },
        "tags": [
          "Callbacks"
        ],
        "summary": "Remove a callback",
        "description": "Deletes the registration for one event; PAVE stops calling you for it.",
        "responses": {
          "200": {
            "description": "The registration is gone.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CallbackRemoved"
                },
                "examples": {
                  "removed": {
                    "value": {
                      "api_key": "09bc91b9-76e5-4256-8e4g-7a41c1408014",
                      "message": "Callback setting SESSION:COMPLETE has been successfully removed."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/CallbackNotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    }
  },
  "webhooks": {
    "SESSION:SMS_PROCESS": {
      "post": {
        "operationId": "onSmsProcess",
        "externalDocs": {
          "description": "PAVE: Callbacks",
          "url": "https://docs.paveapi.com/integrations/developer-docs/callbacks"
        },
        "tags": [
          "Callbacks"
        ],
        "summary": "SMS delivery changed state",
        "description": "Sent when the SMS carrying the capture link is delivered or fails. PAVE sends the\n`headers` and merges the `payload` you registered for this event.\n",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SmsProcessEvent"
              },
              "examples": {
                "delivered": {
                  "value": {
                    "phone": "647-455-XXXX",
                    "status": "success",
                    "source": "PAVE"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookReceived"
          }
        }
      }
    },
    "SESSION:STAGE_CHANGE": {
      "post": {
        "operationId": "onStageChange",
        "externalDocs": {
          "description": "PAVE: Callbacks",
          "url": "https://docs.paveapi.com/integrations/developer-docs/callbacks"
        },
        "tags": [
          "Callbacks"
        ],
        "summary": "A photo was captured",
        "description": "Sent each time the customer captures a photo, with PAVE's verdict on it.",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/StageChangeEvent"
              },
              "examples": {
                "rejected": {
                  "value": {
                    "session_key": "XXX-ABCDE12345",
                    "photo_url": "https://your_capture_photo_url.jpg",
                    "photo_status": "REJECTED",
                    "message": "Wrong View"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookReceived"
          }
        }
      }
    },
    "SESSION:STATUS_CHANGE": {
      "post": {
        "operationId": "onStatusChange",
        "externalDocs": {
          "description": "PAVE: Callbacks",
          "url": "https://docs.paveapi.com/integrations/developer-docs/callbacks"
        },
        "tags": [
          "Callbacks"
        ],
        "summary": "The session's status changed",
        "description": "Sent when the session moves to another status. PAVE documents the event but not its\nbody; the fields below are assumed from the session record and kept open.\n",
        "security": [],
        "x-undocumented": true,
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/StatusChangeEvent"
              },
              "examples": {
                "started": {
                  "value": {
                    "session_key": "XXX-ABCDE12345",
                    "status": "STARTED"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookReceived"
          }
        }
      }
    },
    "SESSION:COMPLETE": {
      "post": {
        "operationId": "onSessionComplete",
        "externalDocs": {
          "description": "PAVE: GET Session Results (the same body)",
          "url": "https://docs.paveapi.com/integrations/developer-docs/sessions-1/get-a-session-results"
        },
        "tags": [
          "Callbacks"
        ],
        "summary": "The session is complete",
        "description": "Sent when the customer confirms the results. The body is the session results.",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SessionResults"
              },
              "examples": {
                "complete": {
                  "$ref": "#/components/examples/SessionResults"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookReceived"
          }
        }
      }
    },
    "SESSION:NOTE_INSERT": {
      "post": {
        "operationId": "onNoteInsert",
        "tags": [
          "Callbacks"
        ],
        "summary": "A note was added to the session",
        "description": "Listed on PAVE's webhooks overview but missing from its callback table; the body is\nnot documented and is left open.\n",
        "security": [],
        "x-undocumented": true,
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NoteInsertEvent"
              },
              "examples": {
                "assumed": {
                  "summary": "An assumed shape, for mocking only",
                  "value": {
                    "session_key": "XXX-ABCDE12345",
                    "note": "Customer asked to retake the rear photo."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookReceived"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "ApiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "API-Key",
        "description": "The API key from PAVE's developer dashboard. A TEST key reaches staging, a LIVE key production."
      },
      "ApiToken": {
        "type": "apiKey",
        "in": "header",
        "name": "API-Token",
        "description": "A fresh HMAC-SHA256 token for each request, valid for at most about five minutes\naround `API-Timestamp`. It is not a token issued once per session.\n\n```text\ntoken = lowercase-hex( HMAC-SHA256( key = api_secret, message = \"<username>:<api_key>@<timestamp>\" ) )\n```\n\n- `username` is your PAVE primary account name (for an Enterprise account, the\n  enterprise name), not a dashboard user.\n- `api_key` is the value of `API-Key`.\n- `timestamp` is exactly the string sent in `API-Timestamp`, character for character.\n- The key and message are UTF-8 bytes; the digest is 64 lowercase hex characters.\n\nExample: username `demo`, key `key_123`, secret `secret_456`, timestamp\n`2021-05-30T12:49:19Z` sign the message `demo:key_123@2021-05-30T12:49:19Z`.\n\nPAVE's prose also describes the message without the username, and some of its code\nsamples use epoch seconds or fractional seconds for the timestamp. Every sample agrees\non `username:api_key@timestamp`, so that is the rule here.\n",
        "x-pave-signature": {
          "algorithm": "HMAC-SHA256",
          "key": "api_secret",
          "message": "{username}:{api_key}@{timestamp}",
          "encoding": "hex-lowercase",
          "max-age-seconds": 300
        }
      },
      "ApiTimestamp": {
        "type": "apiKey",
        "in": "header",
        "name": "API-Timestamp",
        "description": "The UTC time the request was signed, to the second: `YYYY-MM-DDTHH:MM:SSZ`, for example\n`2021-05-30T12:49:19Z`. The same string is part of the signed message of `API-Token`.\n\nOpen question, to check against the live API: some of PAVE's code samples send Unix\nepoch seconds or fractional seconds here. Whether the server accepts those is not\ndocumented; this form is the one PAVE's tables give.\n",
        "x-open-question": "Does the live API also accept epoch seconds or fractional seconds?"
      }
    },
    "parameters": {
      "SessionKey": {
        "name": "session_key",
        "in": "path",
        "required": true,
        "description": "The key returned when the session was created.",
        "schema": {
          "$ref": "#/components/schemas/SessionKey"
        },
        "example": "XXX-ABCDE12345"
      },
      "CallbackEventPath": {
        "name": "event",
        "in": "path",
        "required": true,
        "description": "The event the registration is for.",
        "schema": {
          "$ref": "#/components/schemas/CallbackEvent"
        },
        "example": "SESSION:COMPLETE"
      }
    },
    "headers": {
      "Retry-After": {
        "description": "How long to wait before trying again: a number of seconds, or an HTTP date\n(RFC 9110, section 10.2.3). Undocumented by PAVE.\n",
        "schema": {
          "type": "string",
          "anyOf": [
            {
              "pattern": "^\\d+$"
            },
            {
              "pattern": "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$"
            }
          ]
        },
        "example": "30"
      }
    },
    "responses": {
      "SessionCreated": {
        "description": "The session exists. Give the customer `capture_url`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/CreatedSession"
            },
            "examples": {
              "created": {
                "summary": "A new session, its link ready to send",
                "value": {
                  "session_key": "XXX-ABCDE12345",
                  "theme": "PRO",
                  "active": true,
                  "status": "IDLE",
                  "redirect_url": "https://www.url-to-redirect-user-to.com",
                  "inspect_started_at": null,
                  "inspect_ended_at": null,
                  "created_at": "2021-05-25T11:50:49.000000Z",
                  "updated_at": "2021-05-25T11:50:49.000000Z",
                  "language": "EN",
                  "capture_url": "https://demoadmin.vehiclecapture.com/XXX-ABCDE12345",
                  "options": {
                    "client_id": "SOUTH234889"
                  },
                  "vehicle": {
                    "vin": "JN1CV6AR9BMXXXXXX"
                  }
                }
              },
              "pave-sample": {
                "summary": "PAVE's own sample, with its trailing comma removed",
                "value": {
                  "session_key": "XXX-ABCDE12345",
                  "theme": "PRO",
                  "active": true,
                  "status": "IDLE",
                  "redirect_url": "https://www.url-to-redirect-user-to.com",
                  "inspect_started_at": null,
                  "inspect_ended_at": null,
                  "created_at": "2021-05-25T11:50:49.000000Z",
                  "updated_at": "2021-05-25T11:50:49.000000Z",
                  "language": "EN",
                  "capture_url": "https://demoadmin.vehiclecapture.com/TCB-123...",
                  "options": {
                    "client_id": "SOUTH234889",
                    "sms": {
                      "to": "647-455-XXXX",
                      "to_name": "Jane Smith",
                      "from": "647-422-XXXX",
                      "by": "Steve's Test Dealer"
                    }
                  },
                  "vehicle": {
                    "vin": "JN1CV6AR9BMXXXXXX"
                  }
                }
              }
            }
          }
        }
      },
      "ResultsNotReady": {
        "description": "The session is not complete yet. Undocumented by PAVE: the message is documented, the\nstatus code is not; each code this is declared under is assumed.\n",
        "x-undocumented": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "not-complete": {
                "value": {
                  "message": "Session is not yet completed."
                }
              }
            }
          }
        }
      },
      "UpdateRejected": {
        "description": "The update broke a per-field rule or a field was invalid. Undocumented by PAVE: the\nstatus and the shape are assumed.\n",
        "x-undocumented": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "theme-locked": {
                "value": {
                  "message": "The theme can only change while the session is IDLE."
                }
              }
            }
          }
        }
      },
      "SessionNotFound": {
        "description": "No session has this key.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "unknown-key": {
                "value": {
                  "message": "Session XXX-ABCDE12345 cannot be found."
                }
              }
            }
          }
        }
      },
      "SessionNotFoundUndocumented": {
        "description": "No session has this key. Undocumented by PAVE for this endpoint; the shape is assumed.",
        "x-undocumented": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "unknown-key": {
                "value": {
                  "message": "Session XXX-ABCDE12345 cannot be found."
                }
              }
            }
          }
        }
      },
      "CallbackSaved": {
        "description": "The registration as stored.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/CallbackSetting"
            },
            "examples": {
              "saved": {
                "value": {
                  "api_key": "09bc91b9-76e5-4256-8e4g-7a41c1408014",
                  "event": "SESSION:COMPLETE",
                  "url": "https://example.com/pave/complete",
                  "method": "POST",
                  "headers": {
                    "Authorization": "Bearer <jwt_token>"
                  },
                  "payload": {
                    "source": "PAVE"
                  }
                }
              }
            }
          }
        }
      },
      "CallbackFieldsMissing": {
        "description": "A required field is missing.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "missing": {
                "value": {
                  "message": "Missing required fields."
                }
              }
            }
          }
        }
      },
      "CallbackNotFound": {
        "description": "The API key has no registration for this event.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "none": {
                "value": {
                  "api_key": "09bc91b9-76e5-4256-8e4g-7a41c1408014",
                  "message": "Your API Key does not have callback setting for the event SESSION:COMPLETE."
                }
              }
            }
          }
        }
      },
      "CallbackNotFoundUndocumented": {
        "description": "The API key has no registration for this event. Undocumented by PAVE for this endpoint; the shape is assumed.",
        "x-undocumented": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "none": {
                "value": {
                  "api_key": "09bc91b9-76e5-4256-8e4g-7a41c1408014",
                  "message": "Your API Key does not have callback setting for the event SESSION:COMPLETE."
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The authentication headers are missing, stale or wrong. Undocumented by PAVE: the\nstatus and the shape are assumed.\n",
        "x-undocumented": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "bad-signature": {
                "value": {
                  "message": "Unauthorized."
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Too many requests; wait as `Retry-After` says. Undocumented by PAVE.",
        "x-undocumented": true,
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "slow-down": {
                "value": {
                  "message": "Too many requests."
                }
              }
            }
          }
        }
      },
      "ServerError": {
        "description": "PAVE failed to handle the request. Undocumented by PAVE; the shape is assumed. Each\noperation declares it as the `5XX` range and, for generators that cannot read ranges,\nas 500.\n",
        "x-undocumented": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "failed": {
                "value": {
                  "message": "Server error."
                }
              }
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "PAVE is not taking requests right now and did not act on this one; retry after\n`Retry-After`. Undocumented by PAVE.\n",
        "x-undocumented": true,
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "unavailable": {
                "value": {
                  "message": "Service unavailable."
                }
              }
            }
          }
        }
      },
      "WebhookReceived": {
        "description": "Any 2XX tells PAVE the delivery arrived. PAVE documents no retry policy."
      }
    },
    "examples": {
      "CompletedSession": {
        "summary": "A completed session",
        "value": {
          "session_key": "XXX-ABCDE12345",
          "theme": "PRO",
          "active": true,
          "status": "COMPLETE",
          "redirect_url": "https://www.url-to-redirect-user-to.com",
          "inspect_started_at": "2021-05-25T11:51:49.000000Z",
          "inspect_ended_at": "2021-05-25T11:56:05.000000Z",
          "created_at": "2021-05-25T11:50:49.000000Z",
          "updated_at": "2021-05-25T12:05:12.000000Z",
          "language": "EN",
          "options": {
            "client_id": "SOUTH234889",
            "sms": {
              "to": "647-455-XXXX",
              "to_name": "Jane Smith",
              "from": "647-422-XXXX",
              "by": "Steve's Test Dealer"
            }
          },
          "vehicle": {
            "vehicle_id": 19880,
            "vin": "5N1AT2MV0HCXXXXXX",
            "year": 2017,
            "make": "Nissan",
            "model": "Rogue",
            "body_type": "Wagon 4 Dr.",
            "trim": "AWD 4dr S *Ltd Avail*",
            "transmission": "AUTOMATIC",
            "drivetrain": "All Wheel Drive",
            "engine_type": "4 Cylinder Engine",
            "fuel_type": "Gasoline Fuel",
            "ext_col": "Glacier White",
            "int_col": "Black",
            "odom_reading": "100,945",
            "odom_unit": "KILOMETRES"
          }
        }
      },
      "SessionResults": {
        "summary": "Results of a completed session",
        "value": {
          "event": "SESSION:COMPLETE",
          "session": {
            "session_key": "UNG-5IXXXXXXXX",
            "theme": "PRO",
            "active": true,
            "status": "COMPLETE",
            "redirect_url": "https://www.url-to-redirect-user-to.com",
            "inspect_started_at": "2021-05-25T11:51:49.000000Z",
            "inspect_ended_at": "2021-05-25T11:56:05.000000Z",
            "capture_duration": 230,
            "inspect_duration": 569,
            "created_at": "2021-05-25T11:50:49.000000Z",
            "updated_at": "2021-05-25T12:05:12.000000Z",
            "language": "en",
            "options": {
              "client_id": "SOUTH234889",
              "contact": {
                "first_name": "Luan",
                "last_name": "tran"
              },
              "reference": {
                "coupon_code": "SPRING-2021"
              }
            },
            "user_account": {
              "username": "demoadmin",
              "first_name": "Demo",
              "last_name": "Admin",
              "email": "demo@example.com",
              "phone": null
            },
            "source": {
              "type": "api",
              "properties": {
                "api_name": "Website leads"
              }
            }
          },
          "vehicle": {
            "id": 19880,
            "session_key": "UNG-5IXXXXXXXX",
            "vin": "5N1AT2MV0HCXXXXXX",
            "vrm": null,
            "year": 2017,
            "make": "Nissan",
            "model": "Rogue",
            "body_type": "Wagon 4 Dr.",
            "trim": "AWD 4dr S *Ltd Avail*",
            "transmission": "AUTOMATIC",
            "drivetrain": "All Wheel Drive"
          }
        }
      }
    },
    "schemas": {
      "CreateSessionRequest": {
        "type": "object",
        "description": "Everything PAVE accepts when creating a session. Every part is optional; unknown\ntop-level keys are refused so that a misspelled object name is caught before sending.\n",
        "additionalProperties": false,
        "properties": {
          "vehicle": {
            "$ref": "#/components/schemas/Vehicle"
          },
          "sms": {
            "$ref": "#/components/schemas/SmsOptions"
          },
          "options": {
            "$ref": "#/components/schemas/SessionOptions"
          },
          "session": {
            "$ref": "#/components/schemas/SessionSettings"
          }
        }
      },
      "UpdateSessionRequest": {
        "type": "object",
        "description": "The parts of a session to change; at least one. Each part is as on create.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "vehicle": {
            "$ref": "#/components/schemas/Vehicle"
          },
          "sms": {
            "$ref": "#/components/schemas/SmsOptions"
          },
          "options": {
            "$ref": "#/components/schemas/SessionOptions"
          },
          "session": {
            "$ref": "#/components/schemas/SessionSettings"
          }
        }
      },
      "Vehicle": {
        "type": "object",
        "description": "The vehicle to inspect, as far as you know it. Sending `vin`, `year`, `make`, `model`\nand `body_type` together lets the customer skip VIN capture; PAVE calls these \"primary\nif skipping VIN decode\", which is advice, not a requirement, so no field is required.\nThe values also appear in the results.\n",
        "additionalProperties": false,
        "properties": {
          "vin": {
            "type": "string",
            "description": "The 17-character vehicle identification number.",
            "minLength": 17,
            "maxLength": 17,
            "pattern": "^[A-Za-z0-9]+$",
            "example": "JN1CV6AR9BMXXXXXX"
          },
          "year": {
            "description": "The model year. PAVE's table calls it numeric while its own sample sends the string\n\"2011\", so both a number and a four-digit string are accepted.\n",
            "anyOf": [
              {
                "type": "integer",
                "minimum": 1000,
                "maximum": 9999
              },
              {
                "type": "string",
                "pattern": "^\\d{4}$"
              }
            ],
            "examples": [
              2011,
              "2011"
            ]
          },
          "make": {
            "type": "string",
            "description": "The manufacturer.",
            "example": "Infiniti"
          },
          "model": {
            "type": "string",
            "description": "The model.",
            "example": "G37"
          },
          "body_type": {
            "type": "string",
            "description": "The body style, such as sedan or SUV.",
            "example": "Sedan"
          },
          "trim": {
            "type": "string",
            "description": "The trim level or feature package.",
            "example": "Luxury"
          },
          "transmission": {
            "type": "string",
            "description": "The transmission type.",
            "example": "Automatic"
          },
          "ext_col": {
            "type": "string",
            "description": "The exterior colour.",
            "example": "Malbec Black"
          },
          "int_col": {
            "type": "string",
            "description": "The interior colour.",
            "example": "Wheat"
          },
          "odom_reading": {
            "type": "number",
            "description": "The odometer reading, in `odom_unit`. PAVE's create page types it \"numeric\", so a\nreading with a fraction is accepted; PAVE's samples send whole numbers.\n",
            "minimum": 0,
            "example": 330477
          },
          "odom_unit": {
            "$ref": "#/components/schemas/OdometerUnit"
          }
        }
      },
      "OdometerUnit": {
        "description": "The unit of `odom_reading`. PAVE names `KILOMETRES` (British spelling) and `MILES` as\nexamples, not as a closed list, so other strings are accepted.\n",
        "anyOf": [
          {
            "type": "string",
            "enum": [
              "KILOMETRES",
              "MILES"
            ]
          },
          {
            "type": "string"
          }
        ],
        "example": "KILOMETRES"
      },
      "SmsOptions": {
        "type": "object",
        "description": "Optional delivery of the capture link by text message. Without `to`, PAVE texts the\n`from` number once the session is complete.\n",
        "additionalProperties": false,
        "properties": {
          "to": {
            "type": "string",
            "description": "The customer's mobile number, which receives the capture link.",
            "minLength": 1,
            "example": "647-455-XXXX"
          },
          "to_name": {
            "type": "string",
            "description": "The customer's name, used in the message.",
            "example": "Jane Smith"
          },
          "from": {
            "type": "string",
            "description": "A mobile number on your team that receives the results link when the customer finishes.",
            "minLength": 1,
            "example": "647-422-XXXX"
          },
          "by": {
            "type": "string",
            "description": "Who the link comes from, as named in the message (your business).",
            "example": "Steve's Test Dealer"
          },
          "send_results_to_phototaker": {
            "$ref": "#/components/schemas/LooseBoolean"
          }
        }
      },
      "LooseBoolean": {
        "description": "Whether to also send the results link to the person who took the photos. PAVE's\nsample sends the string \"false\", so the strings \"true\" and \"false\" are accepted\nbesides JSON booleans.\n",
        "anyOf": [
          {
            "type": "boolean"
          },
          {
            "type": "string",
            "enum": [
              "true",
              "false"
            ]
          }
        ],
        "example": false
      },
      "SessionOptions": {
        "type": "object",
        "description": "Optional settings that tailor the session to the customer.",
        "additionalProperties": false,
        "properties": {
          "client_id": {
            "$ref": "#/components/schemas/ClientId"
          },
          "contact": {
            "$ref": "#/components/schemas/Contact"
          }
        }
      },
      "SessionSettings": {
        "type": "object",
        "description": "How the customer's session looks and where it leads. PAVE's create page names this\nobject only through its error keys (`session.redirect_url`); its update and\npass-through pages show the fields. `client_id` and `contact` are accepted here as on\nthose pages, as well as under `options` as on the create page.\n",
        "additionalProperties": false,
        "properties": {
          "redirect_url": {
            "$ref": "#/components/schemas/SafeUrl",
            "description": "Where the customer goes after capture. Strongly recommended when no SMS is sent.\nDefaults to the one set on the API key. An app's own scheme (`myapp://done`) sends\nthe customer back into that app.\n"
          },
          "theme": {
            "$ref": "#/components/schemas/Theme"
          },
          "language": {
            "$ref": "#/components/schemas/Language"
          },
          "client_id": {
            "$ref": "#/components/schemas/ClientId"
          },
          "contact": {
            "$ref": "#/components/schemas/Contact"
          },
          "reference": {
            "$ref": "#/components/schemas/Reference"
          }
        }
      },
      "SafeUrl": {
        "type": "string",
        "format": "uri",
        "description": "An absolute URL that PAVE sends a browser or a request to: `https:`, `http:` or an\napp's own scheme such as `myapp://done`. Schemes a browser runs or reads locally\n(`javascript:`, `vbscript:`, `data:`, `file:`, `blob:`) are refused, matched as a\nbrowser reads a URL: in any case, after leading spaces and control characters, and\nwith tabs and newlines inside the scheme ignored. PAVE refuses redirect URLs it finds\ninvalid (its create page shows `session.redirect_url: [\"Invalid redirect url\"]`).\n",
        "pattern": "^(?![\\x00-\\x20]*(?:[jJ][\\t\\n\\r]*[aA][\\t\\n\\r]*[vV][\\t\\n\\r]*[aA][\\t\\n\\r]*[sS][\\t\\n\\r]*[cC][\\t\\n\\r]*[rR][\\t\\n\\r]*[iI][\\t\\n\\r]*[pP][\\t\\n\\r]*[tT]|[vV][\\t\\n\\r]*[bB][\\t\\n\\r]*[sS][\\t\\n\\r]*[cC][\\t\\n\\r]*[rR][\\t\\n\\r]*[iI][\\t\\n\\r]*[pP][\\t\\n\\r]*[tT]|[dD][\\t\\n\\r]*[aA][\\t\\n\\r]*[tT][\\t\\n\\r]*[aA]|[fF][\\t\\n\\r]*[iI][\\t\\n\\r]*[lL][\\t\\n\\r]*[eE]|[bB][\\t\\n\\r]*[lL][\\t\\n\\r]*[oO][\\t\\n\\r]*[bB])[\\t\\n\\r]*:)",
        "x-pattern-message": "must not use a scheme a browser runs or reads locally (javascript:, vbscript:, data:, file: or blob:)",
        "example": "https://www.url-to-redirect-user-to.com"
      },
      "Theme": {
        "type": "string",
        "description": "The capture experience. `PRO` is the full guided capture, `LITE` a lighter one, `CAPT`\ncapture only (a paid add-on). When the field is omitted, the theme set on the API key\napplies. PAVE's create page says the default is `LITE`, yet its own sample answers\n`PRO` to a request without a theme, and other PAVE pages say `PRO`; so no default is\ndeclared here (a generator that fills in defaults would otherwise send `LITE` and\noverride the key's theme). Send the theme you want rather than rely on either.\n",
        "enum": [
          "LITE",
          "PRO",
          "CAPT"
        ],
        "example": "PRO"
      },
      "Language": {
        "type": "string",
        "description": "The language of the customer's pages as a language code, `EN` in PAVE's samples.\nPAVE's list of languages is not published, so no list is enforced; responses may\nreturn the code in lower case.\n",
        "pattern": "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$",
        "default": "en",
        "example": "EN"
      },
      "ClientId": {
        "type": "string",
        "description": "Your own identifier for the customer or deal; returned as `options.client_id`.",
        "example": "DLVNQC"
      },
      "Contact": {
        "type": "object",
        "description": "The customer's name in two parts, an alternative to `sms.to_name`. PAVE's create page\nmarks both parts optional, which this spec follows; its pass-through page says both are\nrequired once `contact` is sent, so send both when you can.\n",
        "additionalProperties": false,
        "properties": {
          "first_name": {
            "type": "string",
            "example": "Luan"
          },
          "last_name": {
            "type": "string",
            "example": "tran"
          }
        }
      },
      "Reference": {
        "type": "object",
        "description": "Free-form data passed through to the results, such as a lead id. PAVE deletes it a few\nhours after completion. Never put sensitive data here (card numbers, national ids).\n",
        "additionalProperties": true,
        "example": {
          "coupon_code": "SPRING-2021"
        }
      },
      "SessionKey": {
        "type": "string",
        "description": "PAVE's identifier of a session, such as `XXX-ABCDE12345`. Its format is not documented.",
        "minLength": 1,
        "example": "XXX-ABCDE12345"
      },
      "SessionStatus": {
        "description": "Where the session is in its life. The listed values are PAVE's documented lifecycle;\nPAVE's other pages use other words, so any string is accepted and clients should\ntreat an unknown value as \"in progress\".\n\n- `IDLE`: created, the customer has not started.\n- `STARTED`: the customer opened the link and began.\n- `PROCESS`: at least one photo captured.\n- `QC_PASSED`: all photos captured and accepted.\n- `CONFIRM`: results ready, waiting for the customer to confirm.\n- `COMPLETE`: the customer confirmed; results are final.\n- `EXPIRED`: not finished within the expiry window set on the API key.\n- `INVALID`: rejected during processing, for example a VIN mismatch.\n",
        "anyOf": [
          {
            "type": "string",
            "enum": [
              "IDLE",
              "STARTED",
              "PROCESS",
              "QC_PASSED",
              "CONFIRM",
              "COMPLETE",
              "EXPIRED",
              "INVALID"
            ]
          },
          {
            "type": "string"
          }
        ],
        "default": "IDLE",
        "example": "IDLE"
      },
      "ResponseTheme": {
        "description": "The theme in a response. Known values are listed; others are accepted so a new theme does not break clients.",
        "anyOf": [
          {
            "$ref": "#/components/schemas/Theme"
          },
          {
            "type": "string"
          }
        ],
        "example": "PRO"
      },
      "Timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "An RFC 3339 date-time. PAVE writes both `2021-05-25T11:50:49.000000Z` and `2021-05-27T07:36:16+00:00`.",
        "example": "2021-05-25T11:50:49.000000Z"
      },
      "OptionalTimestamp": {
        "description": "A date-time that may not have happened yet. PAVE sends `null` for it in most samples\nand an empty string in one; treat both as \"not yet\".\n",
        "anyOf": [
          {
            "$ref": "#/components/schemas/Timestamp"
          },
          {
            "type": "null"
          },
          {
            "type": "string",
            "maxLength": 0
          }
        ]
      },
      "Session": {
        "type": "object",
        "description": "A session as PAVE returns it. New fields may appear; clients should ignore what they\ndo not know.\n",
        "required": [
          "session_key",
          "active",
          "created_at"
        ],
        "properties": {
          "session_key": {
            "$ref": "#/components/schemas/SessionKey"
          },
          "theme": {
            "$ref": "#/components/schemas/ResponseTheme"
          },
          "active": {
            "type": "boolean",
            "description": "Whether the session is active. PAVE's create page says a new session always has\n`true`; it does not explain when the value becomes `false`.\n"
          },
          "status": {
            "$ref": "#/components/schemas/SessionStatus"
          },
          "options": {
            "$ref": "#/components/schemas/SessionOptionsRecord"
          },
          "language": {
            "type": [
              "string",
              "null"
            ],
            "description": "The language code; `EN` in most responses, sometimes lower case, `null` when none is\nset. PAVE's create page says it defaults to English (\"en\"); its sample answers `EN`.\n",
            "default": "EN",
            "example": "EN"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "capture_url": {
            "type": "string",
            "format": "uri",
            "description": "The link to give the customer, branded with your account name:\n`https://{account}.vehiclecapture.com/{session_key}`.\n",
            "example": "https://demoadmin.vehiclecapture.com/XXX-ABCDE12345"
          },
          "redirect_url": {
            "description": "Where the customer goes after capture; `null` when none is set.",
            "anyOf": [
              {
                "type": "string",
                "format": "uri"
              },
              {
                "type": "null"
              }
            ]
          },
          "inspect_started_at": {
            "$ref": "#/components/schemas/OptionalTimestamp"
          },
          "inspect_ended_at": {
            "$ref": "#/components/schemas/OptionalTimestamp"
          },
          "vehicle": {
            "$ref": "#/components/schemas/SessionVehicle"
          }
        }
      },
      "CreatedSession": {
        "description": "The session just created. Unlike other responses it always carries `capture_url`.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Session"
          },
          {
            "type": "object",
            "required": [
              "capture_url"
            ],
            "properties": {
              "capture_url": {
                "type": "string",
                "format": "uri"
              }
            }
          }
        ]
      },
      "SessionOptionsRecord": {
        "description": "What was sent in `sms`, `options` and `session.client_id`, `contact` and `reference`,\ngathered in one object; `null` when nothing was sent.\n",
        "anyOf": [
          {
            "type": "object",
            "properties": {
              "client_id": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "sms": {
                "$ref": "#/components/schemas/SmsRecord"
              },
              "contact": {
                "type": "object",
                "description": "The customer's name as sent in `contact`.",
                "properties": {
                  "first_name": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "last_name": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              },
              "reference": {
                "$ref": "#/components/schemas/Reference"
              }
            }
          },
          {
            "type": "null"
          }
        ]
      },
      "SmsRecord": {
        "type": "object",
        "description": "The SMS settings of the session.",
        "properties": {
          "to": {
            "type": [
              "string",
              "null"
            ]
          },
          "to_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "from": {
            "type": [
              "string",
              "null"
            ]
          },
          "by": {
            "type": [
              "string",
              "null"
            ]
          },
          "send_results_to_phototaker": {
            "description": "As sent, or `null` when it was not.",
            "anyOf": [
              {
                "$ref": "#/components/schemas/LooseBoolean"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "SessionVehicle": {
        "type": "object",
        "description": "The vehicle as PAVE knows it: what you sent, then what the VIN decode found. On create\nPAVE echoes what was sent, so `year` may still be a string there. Until the VIN is\ncaptured and decoded, any field may be missing or `null`.\n",
        "properties": {
          "vehicle_id": {
            "type": [
              "integer",
              "null"
            ],
            "description": "PAVE's internal id of the vehicle."
          },
          "vin": {
            "type": [
              "string",
              "null"
            ]
          },
          "year": {
            "$ref": "#/components/schemas/ModelYearRecord"
          },
          "make": {
            "type": [
              "string",
              "null"
            ]
          },
          "model": {
            "type": [
              "string",
              "null"
            ]
          },
          "body_type": {
            "type": [
              "string",
              "null"
            ]
          },
          "trim": {
            "type": [
              "string",
              "null"
            ]
          },
          "transmission": {
            "type": [
              "string",
              "null"
            ]
          },
          "drivetrain": {
            "type": [
              "string",
              "null"
            ]
          },
          "engine_type": {
            "type": [
              "string",
              "null"
            ]
          },
          "fuel_type": {
            "type": [
              "string",
              "null"
            ]
          },
          "ext_col": {
            "type": [
              "string",
              "null"
            ]
          },
          "int_col": {
            "type": [
              "string",
              "null"
            ]
          },
          "odom_reading": {
            "description": "The odometer reading, or `null` before it is known.",
            "anyOf": [
              {
                "$ref": "#/components/schemas/OdometerReadingRecord"
              },
              {
                "type": "null"
              }
            ]
          },
          "odom_unit": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "ModelYearRecord": {
        "description": "The model year in a response: an integer in PAVE's samples, or the string it was sent\nas, since PAVE echoes what it was given; `null` until the VIN is decoded.\n",
        "anyOf": [
          {
            "type": "integer"
          },
          {
            "type": "string"
          },
          {
            "type": "null"
          }
        ],
        "example": 2017
      },
      "OdometerReadingRecord": {
        "description": "The odometer reading. PAVE's response table says integer but its sample returns the\nstring \"100,945\", with a thousands separator; strip separators before parsing. A\nreading sent with a fraction may come back as one.\n",
        "anyOf": [
          {
            "type": "number"
          },
          {
            "type": "string"
          }
        ],
        "x-open-question": "Which form does the live API return? Only a sample shows the string.",
        "example": 330477
      },
      "ResultsVehicle": {
        "type": "object",
        "description": "The vehicle in the results. Unlike the session's vehicle its id is `id`, and it carries\n`vrm`. A field the VIN decode could not fill is `null`.\n",
        "properties": {
          "id": {
            "type": "integer"
          },
          "session_key": {
            "$ref": "#/components/schemas/SessionKey"
          },
          "vin": {
            "type": [
              "string",
              "null"
            ]
          },
          "vrm": {
            "type": [
              "string",
              "null"
            ],
            "description": "The registration mark, where known."
          },
          "year": {
            "$ref": "#/components/schemas/ModelYearRecord"
          },
          "make": {
            "type": [
              "string",
              "null"
            ]
          },
          "model": {
            "type": [
              "string",
              "null"
            ]
          },
          "body_type": {
            "type": [
              "string",
              "null"
            ]
          },
          "trim": {
            "type": [
              "string",
              "null"
            ]
          },
          "transmission": {
            "type": [
              "string",
              "null"
            ]
          },
          "drivetrain": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "ResultsSession": {
        "description": "The session inside results, with timing, account and source details.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Session"
          },
          {
            "type": "object",
            "properties": {
              "capture_duration": {
                "type": "integer",
                "description": "Seconds the customer spent capturing."
              },
              "inspect_duration": {
                "type": "integer",
                "description": "Seconds the inspection took."
              },
              "user_account": {
                "$ref": "#/components/schemas/UserAccount"
              },
              "source": {
                "$ref": "#/components/schemas/SessionSource"
              }
            }
          }
        ]
      },
      "UserAccount": {
        "type": "object",
        "description": "The PAVE account the session belongs to.",
        "properties": {
          "username": {
            "type": "string"
          },
          "first_name": {
            "type": "string"
          },
          "last_name": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "phone": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "SessionSource": {
        "type": "object",
        "description": "How the session was created.",
        "properties": {
          "type": {
            "description": "`api`, `dashboard`, `shareable_link` or `embedded_widget`; others are accepted.",
            "anyOf": [
              {
                "type": "string",
                "enum": [
                  "api",
                  "dashboard",
                  "shareable_link",
                  "embedded_widget"
                ]
              },
              {
                "type": "string"
              }
            ]
          },
          "properties": {
            "type": "object",
            "description": "Details of the source, such as `api_name`, `dashboard_username` or `form_name`.",
            "additionalProperties": true
          }
        }
      },
      "SessionResults": {
        "type": "object",
        "description": "The results of a completed session. PAVE publishes the photo, location and inspection\nparts only in a PDF, so they are kept open here.\n",
        "properties": {
          "event": {
            "type": "string",
            "description": "`SESSION:COMPLETE`."
          },
          "session": {
            "$ref": "#/components/schemas/ResultsSession"
          },
          "vehicle": {
            "$ref": "#/components/schemas/ResultsVehicle"
          },
          "photos": {
            "description": "The photos with their approval; shape undocumented."
          },
          "location": {
            "description": "Where the inspection happened; shape undocumented."
          },
          "inspection": {
            "description": "Damages found, with counts and grades; shape undocumented."
          }
        }
      },
      "SessionNotes": {
        "description": "Undocumented by PAVE. Any JSON value is accepted so that a real response never fails\nvalidation; check the live API before relying on a shape.\n"
      },
      "PhotoLabel": {
        "description": "The view a photo shows. The thirteen documented views are listed; others are accepted.",
        "anyOf": [
          {
            "type": "string",
            "enum": [
              "VIN",
              "Interior",
              "Cluster",
              "Left",
              "Front_Left",
              "Front",
              "Front_Right",
              "Right",
              "Rear_Right",
              "Rear",
              "Rear_Left",
              "Windshield",
              "Tires"
            ]
          },
          {
            "type": "string"
          }
        ],
        "example": "VIN"
      },
      "Photo": {
        "type": "object",
        "description": "One captured photo and PAVE's verdict on it.",
        "required": [
          "photo_code",
          "photo_label",
          "url"
        ],
        "properties": {
          "photo_code": {
            "type": "integer",
            "description": "The view's number (not the capture order): 1 to 13 for the guided views. No maximum\nis enforced, because PRO captures extra images beyond them.\n",
            "minimum": 1
          },
          "photo_label": {
            "$ref": "#/components/schemas/PhotoLabel"
          },
          "url": {
            "description": "The photo, or `null` for a view that was skipped (PAVE lets the customer skip a view\nthe others cover, and uses a default image for a typed-in VIN or odometer).\n",
            "anyOf": [
              {
                "type": "string",
                "format": "uri"
              },
              {
                "type": "null"
              }
            ]
          },
          "approved": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "PAVE's verdict; `null` until the photo has been checked."
          },
          "approved_message": {
            "type": [
              "string",
              "null"
            ],
            "description": "`ACCEPTED`, or `REJECTED: ` followed by the reason; `null` until checked.",
            "example": "REJECTED: Wrong View"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "CallbackEvent": {
        "type": "string",
        "description": "A webhook event. `SESSION:NOTE_INSERT` appears on PAVE's webhooks overview but not in\nits callback table; it is included.\n",
        "enum": [
          "SESSION:SMS_PROCESS",
          "SESSION:STAGE_CHANGE",
          "SESSION:STATUS_CHANGE",
          "SESSION:COMPLETE",
          "SESSION:NOTE_INSERT"
        ],
        "example": "SESSION:COMPLETE"
      },
      "CallbackMethod": {
        "type": "string",
        "description": "The HTTP method PAVE uses to call you. PAVE documents only the default, `POST`, so any\nmethod name is accepted.\n",
        "pattern": "^[A-Za-z]+$",
        "default": "POST",
        "examples": [
          "POST",
          "PUT"
        ]
      },
      "CallbackHeaders": {
        "type": "object",
        "description": "Headers PAVE sends with each delivery, such as an `Authorization` your endpoint checks.\nPAVE's table says string, its samples show an object; the object form is used.\n",
        "additionalProperties": {
          "type": "string"
        }
      },
      "CallbackPayload": {
        "type": "object",
        "description": "Extra fields merged into the event's default body. PAVE's table says string, its\nsamples show an object; the object form is used.\n",
        "additionalProperties": true
      },
      "CreateCallbackRequest": {
        "type": "object",
        "description": "A new registration.",
        "required": [
          "event",
          "url"
        ],
        "additionalProperties": false,
        "properties": {
          "event": {
            "$ref": "#/components/schemas/CallbackEvent"
          },
          "url": {
            "$ref": "#/components/schemas/SafeUrl",
            "description": "Your endpoint."
          },
          "method": {
            "$ref": "#/components/schemas/CallbackMethod"
          },
          "headers": {
            "$ref": "#/components/schemas/CallbackHeaders"
          },
          "payload": {
            "$ref": "#/components/schemas/CallbackPayload"
          }
        }
      },
      "UpdateCallbackRequest": {
        "type": "object",
        "description": "The new registration for the event named in the path.",
        "required": [
          "url"
        ],
        "additionalProperties": false,
        "properties": {
          "url": {
            "$ref": "#/components/schemas/SafeUrl",
            "description": "Your endpoint."
          },
          "method": {
            "$ref": "#/components/schemas/CallbackMethod"
          },
          "headers": {
            "$ref": "#/components/schemas/CallbackHeaders"
          },
          "payload": {
            "$ref": "#/components/schemas/CallbackPayload"
          }
        }
      },
      "CallbackEntry": {
        "type": "object",
        "description": "A stored registration.",
        "required": [
          "event",
          "url"
        ],
        "properties": {
          "event": {
            "description": "The event; known values are listed in `CallbackEvent`.",
            "anyOf": [
              {
                "$ref": "#/components/schemas/CallbackEvent"
              },
              {
                "type": "string"
              }
            ]
          },
          "url": {
            "type": "string"
          },
          "method": {
            "type": "string"
          },
          "headers": {
            "$ref": "#/components/schemas/CallbackHeadersRecord"
          },
          "payload": {
            "$ref": "#/components/schemas/CallbackPayloadRecord"
          }
        }
      },
      "CallbackHeadersRecord": {
        "description": "The headers as stored. PAVE's callback table types them as a string while its samples\nshow an object, so an answer may carry either, or `null` when none were registered.\n",
        "anyOf": [
          {
            "$ref": "#/components/schemas/CallbackHeaders"
          },
          {
            "type": "string"
          },
          {
            "type": "null"
          }
        ]
      },
      "CallbackPayloadRecord": {
        "description": "The payload as stored. PAVE's callback table types it as a string while its samples\nshow an object, so an answer may carry either, or `null` when none was registered.\n",
        "anyOf": [
          {
            "$ref": "#/components/schemas/CallbackPayload"
          },
          {
            "type": "string"
          },
          {
            "type": "null"
          }
        ]
      },
      "CallbackSetting": {
        "description": "A stored registration with the API key it belongs to, as returned by create and update.",
        "allOf": [
          {
            "$ref": "#/components/schemas/CallbackEntry"
          },
          {
            "type": "object",
            "required": [
              "api_key"
            ],
            "properties": {
              "api_key": {
                "$ref": "#/components/schemas/ApiKeyValue"
              }
            }
          }
        ]
      },
      "CallbackList": {
        "type": "object",
        "description": "All registrations of an API key.",
        "required": [
          "api_key",
          "data"
        ],
        "properties": {
          "api_key": {
            "$ref": "#/components/schemas/ApiKeyValue"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CallbackEntry"
            }
          }
        }
      },
      "CallbackEnvelope": {
        "type": "object",
        "description": "One registration of an API key.",
        "required": [
          "api_key",
          "data"
        ],
        "properties": {
          "api_key": {
            "$ref": "#/components/schemas/ApiKeyValue"
          },
          "data": {
            "$ref": "#/components/schemas/CallbackEntry"
          }
        }
      },
      "CallbackRemoved": {
        "type": "object",
        "description": "Confirmation that a registration was removed.",
        "required": [
          "message"
        ],
        "properties": {
          "api_key": {
            "$ref": "#/components/schemas/ApiKeyValue"
          },
          "message": {
            "type": "string"
          }
        }
      },
      "ApiKeyValue": {
        "type": "string",
        "description": "An API key. It looks like a UUID but is not always one, so no format is enforced.",
        "example": "09bc91b9-76e5-4256-8e4g-7a41c1408014"
      },
      "SmsProcessEvent": {
        "type": "object",
        "description": "Body of `SESSION:SMS_PROCESS`, plus the fields of your registered payload.",
        "additionalProperties": true,
        "properties": {
          "phone": {
            "type": "string",
            "description": "The number the link was sent to."
          },
          "status": {
            "type": "string",
            "description": "The delivery status, `success` or `error`."
          },
          "message": {
            "type": "string",
            "description": "The error, when delivery failed."
          }
        }
      },
      "StageChangeEvent": {
        "type": "object",
        "description": "Body of `SESSION:STAGE_CHANGE`, plus the fields of your registered payload.",
        "additionalProperties": true,
        "properties": {
          "session_key": {
            "$ref": "#/components/schemas/SessionKey"
          },
          "photo_url": {
            "type": "string",
            "format": "uri"
          },
          "photo_status": {
            "type": "string"
          },
          "message": {
            "type": "string",
            "description": "Why the photo was rejected, when it was."
          }
        }
      },
      "StatusChangeEvent": {
        "type": "object",
        "description": "Body of `SESSION:STATUS_CHANGE`; assumed, kept open.",
        "additionalProperties": true,
        "properties": {
          "session_key": {
            "$ref": "#/components/schemas/SessionKey"
          },
          "status": {
            "$ref": "#/components/schemas/SessionStatus"
          }
        }
      },
      "NoteInsertEvent": {
        "type": "object",
        "description": "Body of `SESSION:NOTE_INSERT`; undocumented, kept open.",
        "additionalProperties": true
      },
      "MessageBody": {
        "type": "object",
        "description": "A confirmation message.",
        "required": [
          "message"
        ],
        "properties": {
          "message": {
            "type": "string"
          }
        }
      },
      "ErrorBody": {
        "type": "object",
        "description": "PAVE's error body: a message, plus the API key on callback errors. For statuses PAVE\ndoes not document this shape is assumed.\n",
        "required": [
          "message"
        ],
        "properties": {
          "message": {
            "type": "string"
          },
          "api_key": {
            "$ref": "#/components/schemas/ApiKeyValue"
          }
        }
      },
      "FieldErrors": {
        "type": "object",
        "description": "Messages per field, keyed by the field's path: `<object>.<field>` as in `vehicle.vin` or\n`session.redirect_url`, or a bare name for a whole object or an unknown top-level key\n(`vehicle`, `colour`).\n",
        "propertyNames": {
          "pattern": "^[^.\\s]+(\\.[^.\\s]+)*$"
        },
        "additionalProperties": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1
        },
        "example": {
          "vehicle.vin": [
            "VIN is too short, it must be 17 characters"
          ]
        }
      },
      "ValidationErrorBody": {
        "type": "object",
        "description": "A 400 answer to a create request. PAVE's create page shows `errors` naming each field\nthat failed; every other v1 error is only `{message}`, so `errors` may be missing.\n",
        "required": [
          "message"
        ],
        "properties": {
          "message": {
            "type": "string",
            "example": "Required fields are missing or invalid."
          },
          "errors": {
            "$ref": "#/components/schemas/FieldErrors"
          }
        }
      }
    }
  }
};
