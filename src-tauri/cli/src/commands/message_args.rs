//! The message a command sends, as `bdesk send` and `bdesk schedule add` both take it: a line of text,
//! a JSON body, or a saved template, with the sender and custom data optionally set over it.

use clap::Args as ClapArgs;
use desk_core::message::{self, Draft, MsgElement, TextElem};
use desk_core::{Error, Result};

use crate::local::Local;

#[derive(Debug, ClapArgs)]
pub struct MessageArgs {
    /// The text to broadcast (one TIMTextElem).
    #[arg(
        long,
        conflicts_with_all = ["body", "template"],
        required_unless_present_any = ["body", "template"]
    )]
    pub text: Option<String>,
    /// A JSON body file (MsgBody, optional Random/From_Account/CloudCustomData), as `bdesk validate` takes;
    /// `-` reads it from standard input (with --profile only: otherwise stdin carries the key).
    #[arg(long, conflicts_with = "template")]
    pub body: Option<String>,
    /// A saved template's message (name or id; see `bdesk template list`), with a new Random for
    /// each send. An emergency template is sent like any other.
    #[arg(long, value_name = "NAME")]
    pub template: Option<String>,
    /// The sender viewers see (must exist in the app). Default: the body's From_Account, else the
    /// profile's default sender (with --profile), else the admin.
    #[arg(long = "from")]
    pub from_account: Option<String>,
    /// Custom data delivered with the message.
    #[arg(long)]
    pub cloud_custom_data: Option<String>,
}

impl MessageArgs {
    /// The message. `stdin_free` says whether standard input may carry the body (it carries the
    /// secret key in the explicit mode).
    pub fn draft(&self, stdin_free: bool, local: &Local) -> Result<Draft> {
        let mut draft = match (&self.text, &self.body) {
            (Some(text), _) => Draft {
                from_account: None,
                random: None,
                msg_body: vec![MsgElement::Text(TextElem { text: text.clone() })],
                cloud_custom_data: None,
            },
            (None, Some(path)) if path == "-" && !stdin_free => {
                return Err(Error::InvalidInput {
                    path: "--body".into(),
                    message: "standard input carries the secret key; give the body as a file, or \
                              use --profile (its key comes from the keychain, leaving standard input \
                              free)"
                        .into(),
                });
            }
            (None, Some(path)) => {
                let text = super::input::read_body(Some(path))?;
                message::parse_draft(&text)?
            }
            (None, None) => match &self.template {
                // Its own desk: the explicit mode has none open, and one open of the folder is cheap.
                Some(name) => local.desk()?.template_draft(name)?,
                None => unreachable!("clap requires --text, --body or --template"),
            },
        };
        if self.from_account.is_some() {
            draft.from_account.clone_from(&self.from_account);
        }
        if self.cloud_custom_data.is_some() {
            draft.cloud_custom_data.clone_from(&self.cloud_custom_data);
        }
        Ok(draft)
    }
}
